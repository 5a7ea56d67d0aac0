package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.BeanPropertyBindingResult;

/** How the budget reads, rounds and writes money and shares. */
class BudgetMoneyTest {

    @ParameterizedTest(name = "''{0}'' is {1} pence")
    @CsvSource(delimiter = '|', value = {
            "12000|1200000", "12,000|1200000", "£12,000|1200000", "£ 12,000.50|1200050", "12000.5|1200050",
            "0|0", "0.01|1", " 7,250 |725000", "1,234,567.89|123456789", "9999999.99|999999999"})
    void reads_amounts_as_people_type_them(String typed, long pence) {
        assertThat(BudgetMoney.read(typed).pence()).isEqualTo(pence);
    }

    @ParameterizedTest(name = "''{0}'' is not money")
    @ValueSource(strings = {"twelve", "12.345", "1,00", "12,0000", "12k", "1.2.3", "£", ".50", "12 000", "١٢"})
    void refuses_what_is_not_an_amount_of_money(String typed) {
        assertThat(BudgetMoney.read(typed).problem()).isEqualTo(BudgetMoney.Problem.NOT_MONEY);
    }

    @ParameterizedTest(name = "''{0}'' is negative")
    @ValueSource(strings = {"-5", "-£5", "£-5", "(5)", "−12,000", "-0.50"})
    void refuses_negative_amounts(String typed) {
        assertThat(BudgetMoney.read(typed).problem()).isEqualTo(BudgetMoney.Problem.NEGATIVE);
    }

    @Test
    void refuses_amounts_no_partnership_line_could_have_without_overflowing() {
        assertThat(BudgetMoney.read("10000000").problem()).isEqualTo(BudgetMoney.Problem.TOO_LARGE);
        assertThat(BudgetMoney.read("99999999999999999999999999").problem()).isEqualTo(BudgetMoney.Problem.TOO_LARGE);
        assertThat(BudgetMoney.read("x".repeat(5000)).problem()).isEqualTo(BudgetMoney.Problem.NOT_MONEY);
    }

    @Test
    void a_form_gets_one_GOV_UK_message_per_wrong_amount_and_blank_means_zero_only_when_optional() {
        record Amounts(String agreed, String received) {
        }
        var errors = new BeanPropertyBindingResult(new Amounts("", ""), "form");
        assertThat(BudgetMoney.read("", "agreed", "agreed amount", true, errors)).isNull();
        assertThat(BudgetMoney.read("", "received", "amount received", false, errors)).isZero();
        assertThat(errors.getFieldError("agreed").getDefaultMessage()).isEqualTo("Enter the agreed amount");
        assertThat(errors.getFieldError("received")).isNull();

        var wrong = new BeanPropertyBindingResult(new Amounts("", ""), "form");
        BudgetMoney.read("12.345", "agreed", "agreed amount", true, wrong);
        BudgetMoney.read("-3", "received", "amount received", false, wrong);
        assertThat(wrong.getFieldError("agreed").getDefaultMessage())
                .isEqualTo("Agreed amount must be an amount of money, like 12,000 or 12000.50");
        assertThat(wrong.getFieldError("received").getDefaultMessage()).isEqualTo("Amount received must be £0 or more");

        var large = new BeanPropertyBindingResult(new Amounts("", ""), "form");
        BudgetMoney.read("50,000,000", "agreed", "agreed amount", true, large);
        assertThat(large.getFieldError("agreed").getDefaultMessage()).isEqualTo("Agreed amount must be £9,999,999.99 or less");
    }

    @ParameterizedTest(name = "{0} pence shows as {1}")
    @CsvSource(delimiter = '|', value = {
            "0|£0", "49|£0", "50|£1", "1234549|£12,345", "1234550|£12,346", "27139000|£271,390", "-3431000|−£34,310"})
    void pages_show_whole_pounds_rounded_half_up(long pence, String shown) {
        assertThat(BudgetMoney.pounds(pence)).isEqualTo(shown);
    }

    @Test
    void a_form_shows_an_amount_the_way_it_reads_back() {
        for (long pence : new long[] {0, 1, 1200000, 1200050, 999999999}) {
            assertThat(BudgetMoney.read(BudgetMoney.forInput(pence)).pence()).isEqualTo(pence);
        }
        assertThat(BudgetMoney.forInput(1200050)).isEqualTo("12,000.50");
        assertThat(BudgetMoney.forInput(1200000)).isEqualTo("12,000");
    }

    @Test
    void shares_are_one_decimal_place_rounded_half_up() {
        assertThat(BudgetMoney.percent(49, 400)).isEqualByComparingTo("12.3"); // 12.25
        assertThat(BudgetMoney.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(BudgetMoney.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(BudgetMoney.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(BudgetMoney.percent(5, 0)).isEqualByComparingTo("0.0");
        assertThat(BudgetMoney.percentText(new BigDecimal("49.8"))).isEqualTo("49.8%");
    }

    @Test
    void rounded_shares_add_up_to_within_a_rounding_step_per_share_of_100() {
        var amounts = List.of(12_185_000L, 6_140_000L, 4_930_000L, 725_000L, 480_000L);
        long total = amounts.stream().mapToLong(Long::longValue).sum();
        var sum = amounts.stream().map(a -> BudgetMoney.percent(a, total)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isBetween(new BigDecimal("99.75"), new BigDecimal("100.25"));

        var thirds = List.of(1L, 1L, 1L);
        var thirdsSum = thirds.stream().map(a -> BudgetMoney.percent(a, 3)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(thirdsSum).isEqualByComparingTo("99.9");
    }

    @Test
    void differences_are_said_in_words_not_only_by_sign_or_colour() {
        assertThat(BudgetMoney.balance(-3_431_000)).isEqualTo("Deficit of £34,310");
        assertThat(BudgetMoney.balance(321_000)).isEqualTo("Surplus of £3,210");
        assertThat(BudgetMoney.balance(0)).isEqualTo("Balanced");
        assertThat(BudgetMoney.variance(120_000, 100_000, false, false)).isEqualTo("£200 over budget");
        assertThat(BudgetMoney.variance(80_000, 100_000, false, false)).isEqualTo("£200 under budget");
        assertThat(BudgetMoney.variance(80_000, 100_000, false, true)).isEqualTo("£200 left to spend");
        assertThat(BudgetMoney.variance(80_000, 100_000, true, false)).isEqualTo("£200 less than expected");
        assertThat(BudgetMoney.variance(80_000, 100_000, true, true)).isEqualTo("£200 still to come");
        assertThat(BudgetMoney.variance(100_030, 100_000, false, false)).isEqualTo("£0.30 over budget");
        assertThat(BudgetMoney.paymentStatus(50_000, 100_000)).isEqualTo("£500 still due");
        assertThat(BudgetMoney.paymentStatus(100_000, 100_000)).isEqualTo("Paid in full");
    }
}
