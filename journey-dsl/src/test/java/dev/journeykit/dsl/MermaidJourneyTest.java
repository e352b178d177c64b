package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Mermaid's {@code journey} diagram in and out. The inputs cover what Mermaid's own grammar
 * ({@code journey.jison}) and its parser tests accept, written afresh: title, accTitle, accDescr on
 * one line and as a block, sections (with line breaks in their names), tasks with and without
 * actors, an empty actor list, comments, keywords in any case.
 */
class MermaidJourneyTest {

    /** The map in a short form: stages with their steps as {@code id(name) emotion [personas]}. */
    private static String shape(JourneyMap map) {
        StringBuilder out = new StringBuilder(map.title()).append('\n');
        map.objective().ifPresent(o -> out.append("objective ").append(o.replace("\n", "|")).append('\n'));
        out.append("personas ").append(map.personas().stream().map(p -> p.id() + "(" + p.name() + ")")
                .collect(Collectors.joining(", "))).append('\n');
        for (Stage s : map.stages()) {
            out.append(s.id()).append('(').append(s.name()).append(")\n");
            for (Step step : s.steps()) {
                out.append("  ").append(step.kindName()).append(' ').append(step.id()).append('(').append(step.name())
                        .append(") ").append(step.emotion().isPresent() ? String.valueOf(step.emotion().getAsInt()) : "-")
                        .append(' ').append(step.personas()).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void reads_the_working_day_of_mermaids_documentation() {
        MermaidJourney.Imported imported = MermaidJourney.read("day.mmd", """
                journey
                    title My working day
                    section Go to work
                      Make tea: 5: Me
                      Go upstairs: 3: Me
                      Do work: 1: Me, Cat
                    section Go home
                      Go downstairs: 5: Me
                      Sit down: 5: Me
                """);
        assertThat(shape(imported.map())).isEqualTo("""
                My working day
                personas me(Me), cat(Cat)
                go-to-work(Go to work)
                  moment make-tea(Make tea) 2 [me]
                  moment go-upstairs(Go upstairs) 0 [me]
                  moment do-work(Do work) -2 [me, cat]
                go-home(Go home)
                  moment go-downstairs(Go downstairs) 2 [me]
                  moment sit-down(Sit down) 2 [me]
                """);
        assertThat(imported.notes()).containsExactly(
                "5 tasks became moments: Mermaid names no channel; turn the ones the brand takes part in into "
                        + "touchpoints (touchpoint ID \"NAME\" via CHANNEL) and add the channels",
                "Mermaid cannot say channels, goals, questions, pains, opportunities, metrics, paths or flows: "
                        + "add them to the map");
        assertThat(imported.map().stages().get(0).steps().get(0).position()).isEmpty();
        assertThat(imported.map().emotionScale()).isEqualTo(EmotionScale.DEFAULT);
    }

    @Test
    void reads_the_accessibility_title_and_descriptions() {
        JourneyMap oneLine = MermaidJourney.read("a.mmd", """
                journey
                accDescr: A user journey for family shopping
                title Adding journey diagram functionality
                section Order from website
                """).map();
        assertThat(shape(oneLine)).isEqualTo("""
                Adding journey diagram functionality
                objective A user journey for family shopping
                personas\s
                order-from-website(Order from website)
                """);
        MermaidJourney.Imported block = MermaidJourney.read("b.mmd", """
                journey
                accDescr {
                        A user journey for
                        family shopping
                      }title Adding journey diagram functionality
                accTitle: Adding acc journey diagram functionality
                section Order from website
                """);
        assertThat(block.map().title()).isEqualTo("Adding journey diagram functionality");
        assertThat(block.map().objective()).contains("A user journey for\nfamily shopping");
        assertThat(block.notes()).contains("accTitle \"Adding acc journey diagram functionality\" is not kept: "
                + "the map's title is \"Adding journey diagram functionality\"");
        JourneyMap accTitleOnly = MermaidJourney.read("c.mmd", "journey\n    accTitle: The title\n    section Order from website")
                .map();
        assertThat(accTitleOnly.title()).isEqualTo("The title");
        assertThat(accTitleOnly.objective()).isEmpty();
    }

    @Test
    void reads_section_names_with_line_breaks_and_keywords_in_any_case() {
        JourneyMap map = MermaidJourney.read("s.mmd", "JOURNEY\nTitle T\nSECTION Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5\n")
                .map();
        assertThat(map.stages()).extracting(Stage::name).containsExactly("Line1 Line2 Line3 Line4 Line5");
        assertThat(map.stages()).extracting(Stage::id).containsExactly("line1-line2-line3-line4-line5");
    }

    @Test
    void reads_tasks_with_actors_without_and_with_an_empty_list() {
        JourneyMap map = MermaidJourney.read("t.mmd", """
                journey
                title Adding journey diagram functionality
                section Documentation
                A task: 5: Alice, Bob, Charlie
                B task: 3:Bob, Charlie
                C task: 5
                D task: 5: Charlie, Alice
                E task: 5:
                section Another section
                P task: 5:
                Q task: 5:
                R task: 5:
                """).map();
        assertThat(shape(map)).isEqualTo("""
                Adding journey diagram functionality
                personas alice(Alice), bob(Bob), charlie(Charlie)
                documentation(Documentation)
                  moment a-task(A task) 2 [alice, bob, charlie]
                  moment b-task(B task) 0 [bob, charlie]
                  moment c-task(C task) 2 []
                  moment d-task(D task) 2 [charlie, alice]
                  moment e-task(E task) 2 []
                another-section(Another section)
                  moment p-task(P task) 2 []
                  moment q-task(Q task) 2 []
                  moment r-task(R task) 2 []
                """);
    }

    @Test
    void makes_unique_ids_from_names_and_skips_comments() {
        JourneyMap map = MermaidJourney.read("ids.mmd", """
                %%{init: {"theme": "forest"}}%%
                journey
                  %% a comment line
                  title Ids # a trailing comment
                  section Tea
                    Tea: 4: Tea, 茶
                    Tea: 2: 茶
                  section 42
                    ☕: 3
                """).map();
        assertThat(shape(map)).isEqualTo("""
                Ids
                personas tea(Tea), persona(茶)
                tea-2(Tea)
                  moment tea-3(Tea) 1 [tea, persona]
                  moment tea-4(Tea) -1 [persona]
                stage-42(42)
                  moment step(☕) 0 []
                """);
    }

    @Test
    void reports_every_error_at_its_line_and_column() {
        assertThatThrownBy(() -> MermaidJourney.read("bad.mmd", """
                journey
                  title Bad
                  section One
                    Make tea: 6: Me
                    Walk out
                    Sit: x
                  secton Two
                  Talk: 3; Me
                """)).isInstanceOf(JourneyDslException.class).hasMessage("""
                bad.mmd:4:15: score '6' of task 'Make tea' is not a whole number from 1 to 5
                    Make tea: 6: Me
                              ^
                bad.mmd:5:5: expected a task, 'NAME: SCORE: ACTORS', or a statement (title, section, accTitle, accDescr)
                    Walk out
                    ^^^^^^^^
                bad.mmd:6:10: score 'x' of task 'Sit' is not a whole number from 1 to 5
                    Sit: x
                         ^
                bad.mmd:7:3: expected a task, 'NAME: SCORE: ACTORS', or a statement (title, section, accTitle, accDescr) (did you mean 'section'?)
                  secton Two
                  ^^^^^^^^^^
                bad.mmd:8:10: unexpected ';': a journey statement ends at the end of its line
                  Talk: 3; Me
                         ^""");
        assertThatThrownBy(() -> MermaidJourney.read("flow.mmd", "flowchart LR\n  a --> b\n"))
                .hasMessage("flow.mmd:1:1: expected 'journey' first: this reads only Mermaid's journey diagram\n"
                        + "flowchart LR\n^^^^^^^^^^^^");
        assertThatThrownBy(() -> MermaidJourney.read("open.mmd", "journey\n  accDescr {\n  never closed\n"))
                .hasMessage("open.mmd:2:3: accDescr { has no closing '}'\n  accDescr {\n  ^^^^^^^^");
        assertThatThrownBy(() -> MermaidJourney.read("empty.mmd", ""))
                .hasMessage("empty.mmd:1:1: expected 'journey' first: the text is empty\n\n^");
    }

    @Test
    void writes_stages_as_sections_and_steps_as_tasks_with_scores_from_the_scale() {
        JourneyMap map = JourneyDsl.parse("m.journey", """
                journey "Returns: the current state" {
                    objective "Make returns painless"
                    emotion-scale -3..3

                    persona amber "Amber, 32"
                    persona ben "Ben"

                    channel web "Website" kind self-service

                    stage ask "Ask; then wait" {
                        touchpoint form "Fills in the form: #1" via web {
                            emotion -3
                            question "Who pays?"
                        }
                        moment waits "Waits" for amber, ben {
                            emotion 1
                        }
                        moment worries "Worries" for ben
                    }
                }
                """);
        MermaidJourney.Exported out = MermaidJourney.write(map);
        assertThat(out.text()).isEqualTo("""
                journey
                    title Returns: the current state
                    accDescr: Make returns painless
                    section Ask； then wait
                      Fills in the form： ＃1: 1
                      Waits: 4: Amber， 32, Ben
                      Worries: 3: Ben
                """);
        assertThat(out.notes()).containsExactly(
                "1 touchpoint became a task without its channel: Mermaid names no channel",
                "left out (Mermaid's journey diagram cannot say them): 1 channel, 1 question",
                "emotions mapped from the scale -3..3 onto scores 1..5",
                "characters Mermaid reads as syntax (: # ; , %% and line breaks) were replaced in names");
        assertThat(MermaidJourney.score(-2, EmotionScale.DEFAULT)).isEqualTo(1);
        assertThat(MermaidJourney.score(2, EmotionScale.DEFAULT)).isEqualTo(5);
        assertThat(MermaidJourney.score(0, new EmotionScale(0, 10))).isEqualTo(1);
        assertThat(MermaidJourney.score(5, new EmotionScale(0, 10))).isEqualTo(3);
    }

    @Test
    void personas_of_one_name_stay_two_actors() {
        JourneyMap map = JourneyDsl.parse("m.journey", """
                journey "Twins" {
                    persona ann "Ann"
                    persona ann2 "Ann"
                    stage s "S" {
                        moment waits "Waits" for ann, ann2
                    }
                }
                """);
        MermaidJourney.Exported out = MermaidJourney.write(map);
        assertThat(out.text()).contains("      Waits: 3: Ann, Ann ann2\n");
        assertThat(out.notes()).contains("persona 'ann2' became actor 'Ann ann2': another persona has its name");
        assertThat(MermaidJourney.read("m.mmd", out.text()).map().stages().get(0).steps().get(0).personas())
                .hasSize(2);
    }

    @Test
    void mermaid_read_and_written_back_is_the_same_text() {
        String text = """
                journey
                    title My working day
                    accDescr: A day at the office
                    section Go to work
                      Make tea: 5: Me
                      Do work: 1: Me, Cat
                      Think: 3
                    section Go home
                      Sit down: 4: Cat
                """;
        MermaidJourney.Imported map = MermaidJourney.read("day.mmd", text);
        assertThat(MermaidJourney.write(map.map()).text()).isEqualTo(text);
    }

    @Test
    void a_map_written_and_read_back_keeps_what_mermaid_can_say() {
        JourneyMap map = JourneyDsl.parse("m.journey", """
                journey "Day" {
                    objective "Line one"

                    persona me "Me"
                    persona cat "Cat"

                    stage go-to-work "Go to work" {
                        moment make-tea "Make tea" for me {
                            emotion 2
                        }
                        moment do-work "Do work" for me, cat {
                            emotion -2
                        }
                        moment think "Think"
                    }
                    stage go-home "Go home"
                }
                """);
        JourneyMap back = MermaidJourney.read("day.mmd", MermaidJourney.write(map).text()).map();
        assertThat(JourneyDsl.format(back)).isEqualTo(JourneyDsl.format(map).replace("moment think \"Think\"",
                "moment think \"Think\" {\n            emotion 0\n        }"));
        assertThat(back.personas()).extracting(Persona::name).containsExactly("Me", "Cat");
    }
}
