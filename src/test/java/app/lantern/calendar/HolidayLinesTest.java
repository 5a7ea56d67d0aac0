package app.lantern.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HolidayLinesTest {

    // 2028 as published (worked out by hand: 1 January 2028 is a Saturday, Easter Sunday is 16 April)
    static final String YEAR_2028 = """
            2028-01-03 New Year's Day (substitute day)
            2028-04-14 Good Friday
            2028-04-17 Easter Monday
            2028-05-01 Early May bank holiday
            2028-05-29 Spring bank holiday
            2028-08-28 Summer bank holiday
            2028-12-25 Christmas Day
            2028-12-26 Boxing Day
            """;

    @Test
    void a_whole_year_is_read_with_its_names() {
        var result = HolidayLines.read(YEAR_2028, Set.of(2026, 2027), Set.of());
        assertThat(result.ok()).isTrue();
        assertThat(result.year()).isEqualTo(2028);
        assertThat(result.holidays()).hasSize(8).first()
                .isEqualTo(new HolidayLines.Holiday(LocalDate.parse("2028-01-03"), "New Year's Day (substitute day)"));
    }

    @Test
    void windows_line_endings_and_blank_lines_are_fine() {
        var result = HolidayLines.read("\r\n" + YEAR_2028.replace("\n", "\r\n\r\n"), Set.of(), Set.of());
        assertThat(result.problems()).isEmpty();
        assertThat(result.holidays()).hasSize(8);
    }

    @Test
    void a_year_already_loaded_or_a_date_already_there_is_refused() {
        assertThat(HolidayLines.read(YEAR_2028, Set.of(2028), Set.of()).problems()).extracting(HolidayLines.Problem::text)
                .containsExactly("Line 1: Bank holidays for 2028 are already loaded: add a single bank holiday instead");
        assertThat(HolidayLines.read(YEAR_2028, Set.of(), Set.of(LocalDate.parse("2028-05-01"))).problems())
                .extracting(HolidayLines.Problem::text).containsExactly("Line 4: 2028-05-01 is already a bank holiday");
    }

    @Test
    void a_name_that_is_too_long_is_refused() {
        var result = HolidayLines.read(YEAR_2028.replace("Boxing Day", "B".repeat(121)), Set.of(), Set.of());
        assertThat(result.problems()).extracting(HolidayLines.Problem::text)
                .containsExactly("Line 8: The name must be 120 characters or fewer");
    }

    @Test
    void year_ranges_read_as_words() {
        assertThat(YearRanges.describe(Set.of(2012, 2013, 2014, 2027, 2026, 2030))).isEqualTo("2012 to 2014, 2026 to 2027, 2030");
        assertThat(YearRanges.describe(Set.of())).isEqualTo("none");
    }
}
