def out = new File(basedir, 'target/journeykit')
def log = new File(basedir, 'build.log').getText('UTF-8')

def sarif = new File(out, 'check.sarif').getText('UTF-8')
assert sarif.contains('"version": "2.1.0"')
assert sarif.contains('"uri": "src/main/journeys/tiny.journey"')
assert sarif.contains('"uri": "src/test/journeys/more/second.journey"')
assert !sarif.contains('"ruleId": "coverage.no-help"') // disabled
def json = new File(out, 'check.json').getText('UTF-8')
assert json.startsWith('[\n  {\n    "file": "src/main/journeys/tiny.journey",\n    "map": "Tiny",')

for (name in ['tiny-map.svg', 'tiny-flow.svg', 'tiny-matrix.svg', 'more/second-map.svg', 'more/second-flow.svg', 'more/second-matrix.svg']) {
    def svg = new File(out, name)
    assert svg.isFile() : "missing ${svg}"
    assert svg.getText('UTF-8').startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')
}

// <legend>full</legend>: the pictures list every finding with its number
def flow = new File(out, 'tiny-flow.svg').getText('UTF-8')
assert flow =~ />[0-9]+\. info coverage\.no-feedback<\/text>/
assert !flow.contains('A badge counts the findings')

def html = new File(out, 'report/index.html').getText('UTF-8')
assert html =~ />[0-9]+\. info coverage\.no-feedback<\/text>/
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<p id="totals">2 maps: 0 errors, 0 warnings, 10 info, 0 suppressed</p>')
assert html.contains('<a href="#m1-L6">src/main/journeys/tiny.journey:6:5</a>')
assert log.contains('JourneyKit: 2 map(s) unchanged since the last report, not redone')

def png = javax.imageio.ImageIO.read(new File(out, 'tiny-map.png'))
assert png.width == 300
def pdf = new File(out, 'tiny-flow.pdf').bytes
assert new String(pdf, 0, 5, 'ISO-8859-1') == '%PDF-'

assert log.contains('JourneyKit: 2 maps checked: 0 errors, 0 warnings, 10 info, 0 suppressed')
assert log.contains('[INFO] src/main/journeys/tiny.journey:6:5: info coverage.no-feedback:')
assert log.contains('JourneyKit: 2 map(s) unchanged since the last check, not checked again')
assert log.contains('JourneyKit: 2 map(s) unchanged since the last render, not drawn again')
return true
