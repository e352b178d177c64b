package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code journey fmt}: canonical text that keeps the comments where the author put them. */
class ReformatTest {

    private static final String MESSY = """
            # Checkout journey, owned by the web team
            // reviewed every quarter
            journey "Checkout" {   # the title is what reports show
              channel web "Website"   kind self-service
              # people
              persona amber "Amber"
              stage buy "Buy" { goal "Buys it" ; touchpoint page "Page" via web {
                  # how it feels
                  emotion 1   // mildly happy
                  pain "Slow"  severity   medium
                  # nothing after this
              } }
              path amber "Happy" {
                  # the only route
                  page -> page   # a self-loop
              }
              flow page -> page kind return
              # suppressions last
              suppress coverage.no-feedback because "Later" # for now
              # dangling at the end of the journey
            }
            # after the journey
            """;

    @Test
    void keeps_comments_before_after_and_inside_blocks() {
        assertThat(JourneyDsl.reformat("messy.journey", MESSY)).isEqualTo("""
                # Checkout journey, owned by the web team
                // reviewed every quarter
                journey "Checkout" { # the title is what reports show
                    # people
                    persona amber "Amber"

                    channel web "Website" kind self-service

                    stage buy "Buy" {
                        goal "Buys it"
                        touchpoint page "Page" via web {
                            # how it feels
                            emotion 1 // mildly happy
                            pain "Slow"
                            # nothing after this
                        }
                    }

                    path amber "Happy" {
                        page -> page
                        # the only route
                        # a self-loop
                    }

                    flow page -> page kind return

                    # suppressions last
                    suppress coverage.no-feedback because "Later" # for now
                    # dangling at the end of the journey
                }
                # after the journey
                """);
    }

    @Test
    void reformatting_is_idempotent_and_keeps_the_map() {
        String once = JourneyDsl.reformat("messy.journey", MESSY);

        assertThat(JourneyDsl.reformat("once.journey", once)).isEqualTo(once);
        assertThat(JourneyDsl.parse("once.journey", once)).isEqualTo(JourneyDsl.parse("messy.journey", MESSY));
    }

    @Test
    void keeps_a_default_statement_that_carries_a_comment() {
        String text = "journey \"J\" {\n    kind current-state # the usual\n    emotion-scale -2..2\n}\n";

        assertThat(JourneyDsl.reformat("j.journey", text))
                .isEqualTo("journey \"J\" {\n    kind current-state # the usual\n}\n");
    }

    @Test
    void keeps_a_comment_inside_an_otherwise_empty_block() {
        String text = "journey \"J\" {\n    persona amber \"Amber\" {\n        # to be described\n    }\n}\n";

        assertThat(JourneyDsl.reformat("j.journey", text)).isEqualTo(text);
    }

    @Test
    void keeps_comments_of_the_spec_example() throws Exception {
        String text = java.nio.file.Files.readString(SpecExampleTest.EXAMPLE);

        String formatted = JourneyDsl.reformat("pillowcase.journey", text);

        assertThat(formatted).contains("    kind current-state # current-state | future-state | day-in-the-life | service-blueprint\n")
                .contains("        prefers chat, sms, social # preferred channels, most preferred first\n")
                .contains("        attribute age \"32\" # free-form key/value facts\n");
        assertThat(formatted.lines().filter(l -> l.contains("#")).count())
                .isEqualTo(text.lines().filter(l -> l.contains("#")).count());
    }

    @Test
    void rejects_text_with_errors_like_parse_does() {
        assertThatThrownBy(() -> JourneyDsl.reformat("bad.journey", "journey \"J\" {\n    stag x \"X\"\n}\n"))
                .isInstanceOf(JourneyDslException.class)
                .hasMessageStartingWith("bad.journey:2:5: expected one of: kind, objective");
    }
}
