package dev.journeykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.render.svg.Theme;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The report in a real browser: the system's headless Chromium driven by its chromedriver
 * (Debian's {@code chromium} and {@code chromium-driver}; nothing is downloaded). On the example
 * maps: the page loads with no console error, the filters and the sorting work, and every link
 * lands on an element. A screenshot goes to {@code target/report-screenshots/} to be looked at.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ChromeDriver driver;
    private static List<HtmlReport.Entry> entries;

    @TempDir
    static Path profile;

    @TempDir
    static Path pages;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        entries = ReportFixtures.examples();
        Path page = pages.resolve("index.html");
        Files.writeString(page, HtmlReport.render(entries, Theme.LIGHT), StandardCharsets.UTF_8);
        driver.get(page.toUri().toString());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void the_page_loads_without_a_console_error_and_is_looked_at() throws Exception {
        List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(problems).as("console errors and warnings").isEmpty();
        assertThat(driver.findElement(By.id("totals")).getText()).startsWith(entries.size() + " maps: ");
        Path shots = Path.of("target", "report-screenshots");
        Files.createDirectories(shots);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), shots.resolve("examples-top.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.findElement(By.id("m1")).getLocation();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('m1').scrollIntoView()");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("examples-map.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void the_filters_show_only_the_chosen_severity_and_code() {
        long all = entries.stream().mapToLong(e -> e.analysis().findings().size()).sum();
        Select severity = new Select(driver.findElement(By.id("filter-severity")));
        Select code = new Select(driver.findElement(By.id("filter-code")));
        try {
            for (Severity s : Severity.values()) {
                severity.selectByValue(s.keyword());
                long expected = entries.stream().mapToLong(e -> e.analysis().count(s)).sum();
                assertThat(visibleRows()).allSatisfy(r -> assertThat(r.getAttribute("data-severity")).isEqualTo(s.keyword()))
                        .hasSize((int) expected);
                assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo(expected + " of " + all + " shown");
            }
            severity.selectByValue("");
            String someCode = entries.get(0).analysis().findings().get(0).code();
            code.selectByValue(someCode);
            long expected = entries.stream().flatMap(e -> e.analysis().findings().stream())
                    .filter(f -> f.code().equals(someCode)).count();
            assertThat(visibleRows()).hasSize((int) expected)
                    .allSatisfy(r -> assertThat(r.getAttribute("data-code")).isEqualTo(someCode));
        } finally {
            severity.selectByValue("");
            code.selectByValue("");
        }
        assertThat(visibleRows()).hasSize((int) all);
    }

    @Test
    void the_table_sorts_by_code_both_ways_and_by_severity() {
        WebElement byCode = driver.findElement(By.cssSelector("button[data-sort='code']"));
        byCode.click();
        List<String> codes = visibleRows().stream().map(r -> r.getAttribute("data-code")).toList();
        assertThat(codes).isSorted().isNotEmpty();
        assertThat(byCode.findElement(By.xpath("..")).getAttribute("aria-sort")).isEqualTo("ascending");
        byCode.click();
        List<String> reversed = visibleRows().stream().map(r -> r.getAttribute("data-code")).toList();
        List<String> expected = new ArrayList<>(codes);
        Collections.reverse(expected);
        assertThat(reversed).isEqualTo(expected);
        driver.findElement(By.cssSelector("button[data-sort='severity']")).click();
        List<Integer> ranks = visibleRows().stream()
                .map(r -> Severity.fromKeyword(r.getAttribute("data-severity")).ordinal()).toList();
        assertThat(ranks).isSorted();
    }

    @Test
    void every_link_lands_on_an_element() {
        List<WebElement> links = driver.findElements(By.cssSelector("a[href^='#']"));
        long findingLines = entries.stream().flatMap(e -> e.analysis().findings().stream())
                .filter(f -> f.location().isPresent()).count();
        assertThat(links).hasSizeGreaterThan((int) findingLines);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) js.executeScript(
                "var out = []; document.querySelectorAll(\"a[href^='#']\").forEach(function (a) {"
                        + " if (!document.getElementById(a.getAttribute('href').substring(1))) out.push(a.getAttribute('href')); });"
                        + " return out;");
        assertThat(missing).isEmpty();

        WebElement toPicture = driver.findElement(By.cssSelector("#findings-table a[href^='#m1-map-']"));
        String target = toPicture.getAttribute("href").replaceAll(".*#", "");
        toPicture.click();
        assertThat(js.executeScript("return document.querySelector(':target').id")).isEqualTo(target);
        assertThat(js.executeScript("return document.querySelector(':target').namespaceURI"))
                .isEqualTo("http://www.w3.org/2000/svg");

        Finding first = entries.get(0).analysis().findings().stream().filter(f -> f.location().isPresent())
                .findFirst().orElseThrow();
        driver.findElement(By.cssSelector("#findings-table a[href='#m1-L" + first.location().get().line() + "']")).click();
        WebElement line = driver.findElement(By.cssSelector(":target"));
        assertThat(line.getAttribute("id")).isEqualTo("m1-L" + first.location().get().line());
        assertThat(line.getText()).startsWith(String.valueOf(first.location().get().line()));
    }

    private static List<WebElement> visibleRows() {
        return driver.findElements(By.cssSelector("#findings-table tbody tr")).stream()
                .filter(WebElement::isDisplayed).collect(Collectors.toList());
    }
}
