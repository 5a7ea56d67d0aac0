package app.lantern.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.lantern.shared.TimescaleRule.DayCount;
import app.lantern.shared.TimescaleRule.Direction;

/**
 * The calendar every statutory clock uses, loaded with the bank holidays Lantern ships with (read
 * from the V10 migration itself, so the test and the database cannot drift apart). Every expected
 * date below was worked out by hand on a printed calendar, not with the code under test.
 */
class WorkingDaysTest {

    static final List<LocalDate> SHIPPED = shippedHolidays();
    static final WorkingDays DAYS = new WorkingDays(SHIPPED);

    static List<LocalDate> shippedHolidays() {
        try (InputStream in = WorkingDaysTest.class.getResourceAsStream("/db/migration/V10__working_days.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String inserts = sql.substring(sql.indexOf("INSERT INTO bank_holiday"), sql.indexOf("CREATE TABLE timescale_rule"));
            var m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})',").matcher(inserts);
            return m.results().map(r -> LocalDate.parse(r.group(1))).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_migration_ships_every_england_and_wales_bank_holiday_2012_to_2027() {
        // counted from the table in DOMAIN.md: 9 in 2012 (diamond jubilee), 10 in 2022 (platinum
        // jubilee and the state funeral), 9 in 2023 (coronation), 8 in every other year
        Map<Integer, Long> perYear = new TreeMap<>(SHIPPED.stream().collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting())));
        var expected = new TreeMap<Integer, Long>();
        for (int y = 2012; y <= 2027; y++) expected.put(y, 8L);
        expected.put(2012, 9L);
        expected.put(2022, 10L);
        expected.put(2023, 9L);
        assertThat(perYear).isEqualTo(expected);
        assertThat(SHIPPED).hasSize(132).doesNotHaveDuplicates();
        assertThat(SHIPPED).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).as("%s is a weekday", d).isLessThan(6));
        assertThat(DAYS.isLoaded(2011)).isFalse();
        assertThat(DAYS.isLoaded(2028)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2012 | 2 Jan; 6, 9 Apr; 7 May; 4, 5 Jun; 27 Aug; 25, 26 Dec
            2013 | 1 Jan; 29 Mar; 1 Apr; 6, 27 May; 26 Aug; 25, 26 Dec
            2014 | 1 Jan; 18, 21 Apr; 5, 26 May; 25 Aug; 25, 26 Dec
            2015 | 1 Jan; 3, 6 Apr; 4, 25 May; 31 Aug; 25, 28 Dec
            2016 | 1 Jan; 25, 28 Mar; 2, 30 May; 29 Aug; 26, 27 Dec
            2017 | 2 Jan; 14, 17 Apr; 1, 29 May; 28 Aug; 25, 26 Dec
            2018 | 1 Jan; 30 Mar; 2 Apr; 7, 28 May; 27 Aug; 25, 26 Dec
            2019 | 1 Jan; 19, 22 Apr; 6, 27 May; 26 Aug; 25, 26 Dec
            2020 | 1 Jan; 10, 13 Apr; 8, 25 May; 31 Aug; 25, 28 Dec
            2021 | 1 Jan; 2, 5 Apr; 3, 31 May; 30 Aug; 27, 28 Dec
            2022 | 3 Jan; 15, 18 Apr; 2 May; 2, 3 Jun; 29 Aug; 19 Sep; 26, 27 Dec
            2023 | 2 Jan; 7, 10 Apr; 1, 8, 29 May; 28 Aug; 25, 26 Dec
            2024 | 1 Jan; 29 Mar; 1 Apr; 6, 27 May; 26 Aug; 25, 26 Dec
            2025 | 1 Jan; 18, 21 Apr; 5, 26 May; 25 Aug; 25, 26 Dec
            2026 | 1 Jan; 3, 6 Apr; 4, 25 May; 31 Aug; 25, 28 Dec
            2027 | 1 Jan; 26, 29 Mar; 3, 31 May; 30 Aug; 27, 28 Dec
            """)
    void the_migration_has_exactly_the_dates_of_the_domain_table(int year, String dates) {
        // the table in DOMAIN.md, copied as written there: "6, 9 Apr" means 6 and 9 April
        var expected = new java.util.ArrayList<LocalDate>();
        for (String group : dates.split(";")) {
            String[] words = group.strip().split("\\s+");
            int month = 1 + List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
                    .indexOf(words[words.length - 1]);
            for (int i = 0; i < words.length - 1; i++) {
                expected.add(LocalDate.of(year, month, Integer.parseInt(words[i].replace(",", ""))));
            }
        }
        assertThat(SHIPPED.stream().filter(d -> d.getYear() == year).toList()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2023-12-22 |  1 | 2023-12-27 | Christmas Day and Boxing Day on Monday and Tuesday
            2023-12-22 |  3 | 2023-12-29 | Christmas week
            2023-12-22 |  4 | 2024-01-02 | over the weekend and New Year's Day 2024 (a Monday)
            2021-12-24 |  1 | 2021-12-29 | Christmas at a weekend: substitute days 27 and 28 December 2021
            2022-12-23 |  1 | 2022-12-28 | Boxing Day on Monday, Christmas substitute day on Tuesday 2022-12-27
            2022-12-30 |  1 | 2023-01-03 | New Year's Day 2023 on a Sunday: substitute day Monday 2 January
            2015-12-24 |  1 | 2015-12-29 | Christmas on Friday, Boxing Day substitute Monday 2015-12-28
            2016-12-23 |  1 | 2016-12-28 | Boxing Day Monday, Christmas substitute Tuesday 2016-12-27
            2016-12-30 |  1 | 2017-01-03 | New Year's Day 2017 on a Sunday: substitute day 2017-01-02
            2026-12-21 | 10 | 2027-01-07 | across Christmas 2026 (Boxing Day substitute 28th) into 2027
            2012-01-01 |  1 | 2012-01-03 | New Year's Day 2012 on a Sunday: substitute day 2012-01-02
            2024-03-28 |  1 | 2024-04-02 | Easter 2024: Good Friday 29 March and Easter Monday 1 April
            2025-04-17 |  1 | 2025-04-22 | Easter 2025: Good Friday 18 April and Easter Monday 21 April
            2019-04-18 |  2 | 2019-04-24 | Easter 2019
            2020-05-07 |  1 | 2020-05-11 | VE day: early May bank holiday moved to Friday 2020-05-08
            2022-06-01 |  1 | 2022-06-06 | Platinum Jubilee: 2 and 3 June 2022
            2022-09-16 |  1 | 2022-09-20 | State funeral on Monday 2022-09-19
            2023-05-05 |  1 | 2023-05-09 | Coronation bank holiday on Monday 2023-05-08
            2023-05-03 |  5 | 2023-05-11 | five working days over the coronation holiday
            2025-06-02 |  5 | 2025-06-09 | an ordinary week: Monday to Monday
            2025-06-07 |  1 | 2025-06-09 | a Saturday start: Monday is the first working day
            2025-06-07 |  5 | 2025-06-13 | a Saturday start: five working days end on Friday
            2025-06-08 |  0 | 2025-06-08 | zero days: the start itself, even on a Sunday
            2027-12-29 |  2 | 2027-12-31 | as far as the loaded years go
            """)
    void plus_counts_working_days_after_day_0(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(DAYS.plus(from, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} - {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-10 | 7 | 2023-12-29 | back over New Year's Day 2024 and the weekend
            2025-04-22 | 1 | 2025-04-17 | back over Easter Monday, the weekend and Good Friday 2025
            2023-01-03 | 1 | 2022-12-30 | back over the New Year substitute day 2023-01-02
            2023-12-27 | 2 | 2023-12-21 | back over Boxing Day, Christmas Day and the weekend
            2025-06-09 | 0 | 2025-06-09 | zero days
            """)
    void minus_counts_working_days_before_day_0(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(DAYS.minus(from, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{4}: {2} {3} {1} working days from {0} = {5}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-05-03 |  5 | AFTER  | EVENT_IS_DAY_0 | panel notification, aware on a Wednesday      | 2023-05-11
            2023-05-03 |  5 | AFTER  | EVENT_IS_DAY_1 | same, the day of awareness is day 1           | 2023-05-10
            2022-06-04 |  5 | AFTER  | EVENT_IS_DAY_0 | aware on a Saturday                           | 2022-06-10
            2022-06-04 |  5 | AFTER  | EVENT_IS_DAY_1 | aware on a Saturday: Monday is day 1          | 2022-06-10
            2024-03-28 |  2 | AFTER  | EVENT_IS_DAY_0 | over Easter 2024, day 0                       | 2024-04-03
            2024-03-28 |  2 | AFTER  | EVENT_IS_DAY_1 | over Easter 2024, day 1                       | 2024-04-02
            2024-03-29 |  1 | AFTER  | EVENT_IS_DAY_1 | event on Good Friday: next working day is day 1 | 2024-04-02
            2012-01-01 |  1 | AFTER  | EVENT_IS_DAY_1 | event on the first day of the loaded years    | 2012-01-03
            2023-12-22 | 15 | AFTER  | EVENT_IS_DAY_0 | rapid review over Christmas and New Year      | 2024-01-17
            2024-01-10 |  7 | BEFORE | EVENT_IS_DAY_0 | report before publication, day 0              | 2023-12-29
            2024-01-10 |  7 | BEFORE | EVENT_IS_DAY_1 | report before publication, day 1              | 2024-01-02
            2024-01-07 |  1 | BEFORE | EVENT_IS_DAY_1 | publication on a Sunday: Friday is day 1      | 2024-01-05
            2024-01-07 |  1 | BEFORE | EVENT_IS_DAY_0 | publication on a Sunday, day 0                | 2024-01-05
            """)
    void a_rule_says_which_day_is_day_0(LocalDate event, int days, Direction direction, DayCount dayCount, String why,
            LocalDate expected) {
        var rule = new TimescaleRule("TEST", "Test", days, dayCount, direction, "the event", null, 0);
        assertThat(DAYS.deadline(rule, event)).as(why).isEqualTo(expected);
        assertThat(DAYS.countedDays(rule, event)).as("days counted for " + why).hasSize(days)
                .allSatisfy(d -> assertThat(DAYS.isWorkingDay(d)).isTrue()).contains(expected);
    }

    @Test
    void the_counted_days_are_the_ones_a_person_ticks_off() {
        var rule = new TimescaleRule("TEST", "Test", 5, DayCount.EVENT_IS_DAY_0, Direction.AFTER, "the event", null, 0);
        assertThat(DAYS.countedDays(rule, LocalDate.parse("2023-05-03"))).containsExactly(LocalDate.parse("2023-05-04"),
                LocalDate.parse("2023-05-05"), LocalDate.parse("2023-05-09"), LocalDate.parse("2023-05-10"), LocalDate.parse("2023-05-11"));
        var before = new TimescaleRule("TEST", "Test", 2, DayCount.EVENT_IS_DAY_1, Direction.BEFORE, "the event", null, 0);
        assertThat(DAYS.countedDays(before, LocalDate.parse("2024-01-02"))).containsExactly(LocalDate.parse("2024-01-02"),
                LocalDate.parse("2023-12-29"));
        assertThat(DAYS.holidaysBetween(LocalDate.parse("2023-12-22"), LocalDate.parse("2024-01-16"))).containsExactly(
                LocalDate.parse("2023-12-25"), LocalDate.parse("2023-12-26"), LocalDate.parse("2024-01-01"));
    }

    @ParameterizedTest(name = "between {0} and {1} = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2023-12-22 | 2024-01-02 |  4 | 27, 28, 29 December and 2 January
            2024-01-02 | 2023-12-22 | -4 | the other way round is negative
            2025-06-09 | 2025-06-09 |  0 | the same day
            2025-06-07 | 2025-06-08 |  0 | Saturday to Sunday
            2025-06-06 | 2025-06-09 |  1 | Friday to Monday
            2022-06-01 | 2022-06-06 |  1 | over the Platinum Jubilee
            2024-03-28 | 2024-04-02 |  1 | over Easter 2024
            2023-12-22 | 2024-01-17 | 15 | the rapid review span above
            """)
    void between_counts_working_days_after_from_up_to_and_including_to(LocalDate from, LocalDate to, int expected, String why) {
        assertThat(DAYS.between(from, to)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({"2022-09-19,false", "2022-09-20,true", "2020-05-08,false", "2020-05-04,true", "2023-05-08,false",
            "2022-06-03,false", "2021-12-27,false", "2021-12-28,false", "2022-12-27,false", "2015-12-28,false",
            "2017-01-02,false", "2025-06-07,false", "2025-06-08,false", "2025-12-24,true"})
    void holidays_and_weekends_are_not_working_days(LocalDate date, boolean working) {
        assertThat(DAYS.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void a_negative_or_huge_number_of_days_is_refused() {
        var from = LocalDate.parse("2025-06-02");
        assertThatThrownBy(() -> DAYS.plus(from, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> DAYS.minus(from, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> DAYS.plus(from, WorkingDays.MAX_DAYS + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000 or fewer");
        // the most allowed still works when every year it crosses is loaded
        var far = DAYS.plus(LocalDate.parse("2012-01-03"), WorkingDays.MAX_DAYS);
        assertThat(far.getYear()).isEqualTo(2015);
        assertThat(DAYS.between(LocalDate.parse("2012-01-03"), far)).isEqualTo(WorkingDays.MAX_DAYS);
    }

    @Test
    void a_year_without_bank_holidays_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> DAYS.plus(LocalDate.parse("2011-12-30"), 1))
                .isInstanceOfSatisfying(WorkingDays.YearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2011))
                .hasMessageContaining("Bank holidays for 2011 are not loaded");
        // Thursday 30 and Friday 31 December 2027 are counted; the third day would be in 2028
        assertThatThrownBy(() -> DAYS.plus(LocalDate.parse("2027-12-29"), 3))
                .isInstanceOfSatisfying(WorkingDays.YearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2028));
        assertThatThrownBy(() -> DAYS.between(LocalDate.parse("2027-12-01"), LocalDate.parse("2028-01-05")))
                .isInstanceOf(WorkingDays.YearNotLoadedException.class);
        assertThatThrownBy(() -> DAYS.isWorkingDay(LocalDate.parse("2028-01-03"))).isInstanceOf(WorkingDays.YearNotLoadedException.class);
        assertThatThrownBy(() -> DAYS.minus(LocalDate.parse("2012-01-04"), 2))
                .isInstanceOfSatisfying(WorkingDays.YearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2011));
    }

    @Test
    void a_rule_describes_itself_in_words() {
        var rule = new TimescaleRule("PANEL_NOTIFICATION", "Notify", 5, DayCount.EVENT_IS_DAY_0, Direction.AFTER,
                "the day the local authority became aware", null, 0);
        assertThat(rule.describe()).isEqualTo("5 working days after the day the local authority became aware (that day is day 0)");
    }
}
