package app.lantern.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportingYearTest {

    @Test
    void a_reporting_year_runs_from_1_april_to_31_march() {
        var year = new ReportingYear(2025);
        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReportingYear.containing(LocalDate.of(2026, 3, 31))).isEqualTo(year);
        assertThat(ReportingYear.containing(LocalDate.of(2026, 4, 1))).isEqualTo(year.next());
    }

    @Test
    void it_is_written_the_way_yearly_reports_write_it() {
        assertThat(new ReportingYear(2023).label()).isEqualTo("2023–24");
        assertThat(new ReportingYear(2099).label()).isEqualTo("2099–00");
        assertThat(new ReportingYear(2023).slug()).isEqualTo("2023-24");
    }

    @Test
    void it_reads_the_usual_spellings_and_refuses_years_that_do_not_follow() {
        assertThat(ReportingYear.parse("2023-24")).isEqualTo(new ReportingYear(2023));
        assertThat(ReportingYear.parse("2023–24")).isEqualTo(new ReportingYear(2023));
        assertThat(ReportingYear.parse("2023/2024")).isEqualTo(new ReportingYear(2023));
        assertThatThrownBy(() -> ReportingYear.parse("2023-25")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingYear.parse("last year")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_query_parameter_that_is_missing_or_not_a_year_names_no_year() {
        assertThat(ReportingYear.tryParse("2023-24")).contains(new ReportingYear(2023));
        assertThat(ReportingYear.tryParse(null)).isEmpty();
        assertThat(ReportingYear.tryParse(" ")).isEmpty();
        assertThat(ReportingYear.tryParse("2023-25")).isEmpty();
        assertThat(ReportingYear.tryParse("1066-67")).isEmpty();
    }
}
