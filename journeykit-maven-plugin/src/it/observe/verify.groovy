def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/journeykit/observe')
assert log.contains("[WARNING] src/main/journeys/shop.journey:6:5: warning observed.drop-off: 75.0 % of the customers who reached stage 'find' went no further (3 of 4)")
assert log.contains("[WARNING] src/main/journeys/shop.journey:8:9: warning observed.undesigned-transition: 1 customer went directly from 'page' to 'search'")
assert log.contains('JourneyKit: 4 customers observed, 3 findings (target/journeykit/observe/shop.json)')
assert log.contains('JourneyKit: observed findings at or above warning; see target/journeykit/observe/shop.json')
def json = new File(out, 'shop.json').getText('UTF-8')
assert json.startsWith('{\n  "file": "src/main/journeys/shop.journey",\n  "map": "Shop",\n  "log": {\n    "files": [\n      "src/test/events/shop.csv"\n    ],')
assert json.contains('"code": "observed.drop-off"')
def text = new File(out, 'shop.txt').getText('UTF-8')
assert text.startsWith('journey "Shop" observed in src/test/events/shop.csv: 8 rows, 8 bound, 0 unbound, 0 skipped; 4 customers\n')
assert text.contains('  find           4          3    75.0 %')
def pictures = new File(basedir, 'target/journeykit').list().findAll { it.endsWith('.svg') }
assert pictures == ['shop-amber-map.svg'] : pictures
assert log.contains('JourneyKit: wrote target/journeykit/shop-amber-map.svg')
return true
