// The build of docs/tutorial.md: its files are this project's files, its output is this build's.
def out = new File(basedir, 'target/journeykit')
def log = new File(basedir, 'build.log').getText('UTF-8')
for (name in ['shop-map.svg', 'shop-flow.svg', 'shop-matrix.svg', 'check.sarif', 'check.json']) {
    assert new File(out, name).isFile() : "missing ${name}"
}

def doc = new File(basedir, '../../../../docs/tutorial.md').getText('UTF-8')
def version = new File(basedir, '../../../pom.xml').getText('UTF-8') =~ /<version>([^<]+)<\/version>/
def files = doc =~ /(?s)`([^`\n]+)`:\n\n```[a-z]*\n(.*?)```/
def shown = 0
files.each { match ->
    def path = match[1]
    // the sample project names the version with the invoker's token, the page with the version
    def source = new File(basedir, '../../../src/it/tutorial/' + path).getText('UTF-8')
    assert match[2] == source.replace('@project.version@', version[0][1]) : "docs/tutorial.md shows ${path} other than src/it/tutorial has it"
    shown++
}
assert shown == 3
def outputs = doc =~ /(?s)```text\n(.*?)```/
outputs.each { match ->
    match[1].readLines().each { line -> assert log.contains(line) : "the build did not print: ${line}" }
}
assert outputs.size() == 2
return true
