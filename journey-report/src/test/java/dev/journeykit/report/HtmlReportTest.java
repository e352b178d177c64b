package dev.journeykit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.analysis.Finding;
import dev.journeykit.render.svg.Legend;
import dev.journeykit.render.svg.Theme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final String HOSTILE = """
            journey "<script>alert('t')</script> & \\"quotes\\"" {
                persona p "<img src=x onerror=alert(1)>"
                channel web "Web\u202Eevil" kind self-service
                stage s1 "</svg><script>alert(2)</script>" {
                    touchpoint t1 "a onclick=alert(3) \\"x" via web
                }
            }
            """;

    @Test
    void the_page_is_the_same_bytes_every_time() {
        List<HtmlReport.Entry> entries = ReportFixtures.examples();
        assertThat(HtmlReport.render(entries, Theme.LIGHT)).isEqualTo(HtmlReport.render(entries, Theme.LIGHT));
    }

    @Test
    void the_pictures_explain_their_findings_with_the_legend_asked_for_compact_by_default() {
        List<HtmlReport.Entry> entries = ReportFixtures.examples();
        String compact = HtmlReport.render(entries, Theme.LIGHT, Legend.COMPACT);
        assertThat(HtmlReport.render(entries, Theme.LIGHT)).isEqualTo(compact);
        String pictureLegend = "id=\"m1-flow-legend\"";
        assertThat(compact).contains(pictureLegend, "A badge counts the findings on its element");
        String full = HtmlReport.render(entries, Theme.LIGHT, Legend.FULL);
        String firstFinding = entries.get(0).analysis().findings().get(0).severity().keyword() + " "
                + entries.get(0).analysis().findings().get(0).code();
        assertThat(full).contains(pictureLegend, ">1. " + firstFinding + "</text>")
                .doesNotContain("A badge counts the findings");
        assertThat(compact).doesNotContain(">1. " + firstFinding + "</text>");
        assertThat(HtmlReport.render(entries, Theme.LIGHT, Legend.NONE))
                .doesNotContain(pictureLegend, "A badge counts the findings").contains("class=\"jk-badge\"");
        assertThatThrownBy(() -> HtmlReport.render(entries, Theme.LIGHT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("legend must not be null");
    }

    @Test
    void the_page_loads_nothing_and_runs_only_its_own_script_named_by_hash_in_the_policy() throws Exception {
        String page = HtmlReport.render(ReportFixtures.examples(), Theme.LIGHT);
        String withoutNamespaces = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertThat(withoutNamespaces).doesNotContain("http:", "https:", "src=", "href=\"h", "@import");
        assertThat(Pattern.compile("url\\((?!#)").matcher(page).find()).as("a url() that is not a fragment").isFalse();
        assertThat(Pattern.compile("<script").matcher(page).results().count()).isEqualTo(1);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + hash + "'\">");
    }

    @Test
    void map_text_never_becomes_markup() {
        String page = HtmlReport.render(List.of(ReportFixtures.entry("maps/<b>hostile</b>.journey", HOSTILE)), Theme.LIGHT);
        assertThat(Pattern.compile("<script").matcher(page).results().count()).isEqualTo(1);
        assertThat(page).doesNotContain("<img", "<b>hostile", "\u202E");
        assertThat(Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find())
                .as("an inline event handler in a tag").isFalse();
        assertThat(page).contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        assertThat(page).contains("<p class=\"file\">maps/&lt;b&gt;hostile&lt;/b&gt;.journey</p>");
    }

    @Test
    void every_link_names_an_element_of_the_page_and_every_finding_links_its_line_and_its_subjects() {
        List<HtmlReport.Entry> entries = ReportFixtures.examples();
        String page = HtmlReport.render(entries, Theme.LIGHT);
        Set<String> ids = new HashSet<>();
        Pattern.compile(" id=\"([^\"]+)\"").matcher(page).results().forEach(m -> ids.add(m.group(1)));
        List<String> links = new ArrayList<>();
        Pattern.compile("href=\"#([^\"]*)\"").matcher(page).results().forEach(m -> links.add(m.group(1)));
        assertThat(links).isNotEmpty();
        assertThat(ids).containsAll(links);
        assertThat(Pattern.compile(" id=\"").matcher(page).results().count()).as("ids are unique").isEqualTo(ids.size());

        int findings = 0;
        for (int i = 0; i < entries.size(); i++) {
            for (Finding f : entries.get(i).analysis().findings()) {
                findings++;
                if (f.location().isPresent()) {
                    assertThat(page).contains("<a href=\"#m" + (i + 1) + "-L" + f.location().get().line() + "\">"
                            + f.location().get() + "</a>");
                }
            }
        }
        assertThat(page).contains("<output id=\"shown\">" + findings + " of " + findings + " shown</output>");
        assertThat(Pattern.compile("<tr data-severity=").matcher(page).results().count()).isEqualTo(findings);
        // the example maps' findings name steps and stages, which the MAP view draws
        assertThat(page).contains("<a href=\"#m1-map-stage-");
    }

    @Test
    void the_summary_counts_each_map_and_all_of_them() {
        String page = HtmlReport.render(List.of(ReportFixtures.entry("a.journey", """
                journey "Tiny" {
                    persona ann "Ann"
                    channel web "Web" kind self-service
                    stage discover "Discover" {
                        touchpoint visit "Visits the site" via web
                    }
                    stage buy "Buy" {
                        touchpoint pay "Pays" via web
                    }
                }
                """)), Theme.LIGHT);
        assertThat(page).contains("<p id=\"totals\">1 map: 0 errors, 1 warning, 5 info, 0 suppressed</p>");
        assertThat(page).contains("<tr><td><a href=\"#m1\">Tiny</a></td><td>a.journey</td><td class=\"num\">0</td>"
                + "<td class=\"num\">1</td><td class=\"num\">5</td><td class=\"num\">0</td></tr>");
        assertThat(page).contains("<span class=\"line\" id=\"m1-L7\"><span class=\"ln\">7</span>    stage buy &quot;Buy&quot; {</span>");
    }
}
