package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "7|7", "999|999", "1000|1,000", "1234|1,234", "9999|9,999", "10000|10k", "12345|12.3k",
        "12350|12.4k", "99949|99.9k", "99950|100k", "123456|123k", "999499|999k", "999500|1M", "1234567|1.23M",
        "45678901|45.7M", "2000000000|2G", "-1234|-1,234"})
    void counts_read_as_people_write_them(long n, String text) {
        assertThat(Counts.count(n)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0%", "0.001|<1%", "0.0049|<1%", "0.005|1%", "0.444|44%", "0.445|45%",
        "0.999|100%", "1|100%"})
    void shares_are_whole_percents(double share, String text) {
        assertThat(Counts.share(share)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0 steps", "1|1 step", "2|2 steps", "12345|12345 steps"})
    void a_number_and_its_noun_in_the_description_agree(long n, String text) {
        assertThat(Counts.of(n, "step")).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0 customers", "1|1 customer", "2|2 customers", "12345|12.3k customers"})
    void a_count_and_its_noun_in_the_picture_agree(long n, String text) {
        assertThat(Counts.counted(n, "customer")).isEqualTo(text);
    }
}
