def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] src/main/journeys/tiny.journey:10:5: warning coverage.no-help: stage \'buy\' offers no way to ask for help')
assert log.contains('[WARNING] src/main/journeys/tiny.journey:6:5: warning coverage.unmeasured-stage:')
assert log.contains('JourneyKit: 3 finding(s) at or above warning (<failOn>warning</failOn>); see target/journeykit/check.sarif')
assert new File(basedir, 'target/journeykit/check.sarif').getText('UTF-8').contains('"ruleId": "coverage.no-help"')
assert !new File(basedir, 'target/journeykit/.state/check').exists() // a failed check is redone next time
return true
