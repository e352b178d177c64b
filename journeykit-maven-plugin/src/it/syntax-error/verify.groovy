def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/main/journeys/broken.journey:4:44: expected one of: 'via', 'by', 'for', '{', end of line, found 'vai' (did you mean 'via'?)")
assert log.contains('JourneyKit: 1 map(s) could not be read; see the errors above')
assert log.contains('JourneyKit: skipped (journeykit.skip)')
return true
