package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;

/** What the import says about a file, before anything touches the database. */
class OrganisationCsvImportTest {

    static final String HEADER = "name,type,school_phase,sector,code_scheme,official_code,address_line1,address_line2,town,postcode,lead_name,lead_email,lead_phone,active";
    static final String GOOD_ROW = "Gull Rock Primary School,SCHOOL,PRIMARY,PUBLIC,URN,190011,1 Cliff Road,,Eastmere,EM1 1AA,Ann Lee,ann@example.org,01632 960000,yes";

    final OrganisationCsvImport reader = new OrganisationCsvImport(
            new OrganisationCheck(Validation.buildDefaultValidatorFactory().getValidator()));
    final FakeRegister register = new FakeRegister();

    @Test
    void a_good_file_gives_one_row_per_organisation_numbered_as_in_the_file() {
        var outcome = read(HEADER + "\n" + GOOD_ROW + "\n");

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.rows()).hasSize(1);
        var row = outcome.rows().getFirst();
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.details().type()).isEqualTo(OrganisationType.SCHOOL);
        assertThat(row.details().schoolPhase()).isEqualTo(SchoolPhase.PRIMARY);
        assertThat(row.details().codeScheme()).isEqualTo(CodeScheme.URN);
        assertThat(row.details().active()).isTrue();
        assertThat(row.matchedId()).isNull();
    }

    @Test
    void headers_may_come_in_any_order_and_any_case_and_values_may_be_labels() {
        String header = "ACTIVE,Name,Type,School_Phase,Sector,Code_Scheme,Official_Code,Address_Line1,Address_Line2,Town,Postcode,Lead_Name,Lead_Email,Lead_Phone";
        var outcome = read(header + "\nno,Harbour Lights,Charity,,\"Voluntary, community and faith\",Other code,CC-1,,,,,,,\n");

        assertThat(outcome.problems()).isEmpty();
        var d = outcome.rows().getFirst().details();
        assertThat(d.type()).isEqualTo(OrganisationType.CHARITY);
        assertThat(d.sector()).isEqualTo(Sector.VOLUNTARY);
        assertThat(d.codeScheme()).isEqualTo(CodeScheme.OTHER);
        assertThat(d.active()).isFalse();
    }

    @Test
    void a_missing_column_is_named() {
        var outcome = read(HEADER.replace(",lead_phone", "") + "\n");
        assertThat(outcome.fileProblem()).startsWith("The header row is missing the column lead_phone");
    }

    @Test
    void an_unknown_column_is_named() {
        var outcome = read(HEADER + ",favourite_colour\n" + GOOD_ROW + ",blue\n");
        assertThat(outcome.fileProblem()).startsWith("The header row has columns Lantern does not know: favourite_colour");
    }

    @Test
    void a_column_named_twice_is_refused() {
        var outcome = read(HEADER + ",Name\n");
        assertThat(outcome.fileProblem()).isEqualTo("The header row has the column name more than once");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(reader.read(new byte[0], register).fileProblem()).isEqualTo("The selected file is empty");
        assertThat(read("  \n\n").fileProblem()).isEqualTo("The selected file is empty");
        assertThat(read(HEADER + "\n").fileProblem()).isEqualTo("The selected file has a header row but no organisations");
    }

    @Test
    void a_binary_file_is_refused() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 1, 2};
        assertThat(reader.read(bytes, register).fileProblem()).contains("binary data");
    }

    @Test
    void a_file_not_in_utf8_is_refused() {
        byte[] latin1 = (HEADER + "\nCaf\u00e9 Club,CHARITY,,VOLUNTARY,,,,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.read(latin1, register).fileProblem()).isEqualTo("The selected file must be saved as CSV UTF-8: it is in another encoding");
    }

    @Test
    void a_utf8_byte_order_mark_is_ignored() {
        var outcome = read("\uFEFF" + HEADER + "\n" + GOOD_ROW + "\n");
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.rows().getFirst().details().name()).isEqualTo("Gull Rock Primary School");
    }

    @Test
    void a_file_bigger_than_5_mb_is_refused() {
        byte[] big = new byte[(int) OrganisationCsvImport.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(reader.read(big, register).fileProblem()).isEqualTo("The selected file must be smaller than 5 MB");
    }

    @Test
    void more_than_5000_rows_are_refused_with_the_count() {
        var csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 5_001; i++) csv.append("Club ").append(i).append(",CHARITY,,VOLUNTARY,,,,,,,,,,\n");
        assertThat(read(csv.toString()).fileProblem())
                .isEqualTo("The file has 5,001 rows. Lantern imports up to 5,000 at a time; split the file");
    }

    @Test
    void exactly_5000_rows_are_accepted() {
        var csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 5_000; i++) csv.append("Club ").append(i).append(",CHARITY,,VOLUNTARY,,,,,,,,,,\n");
        var outcome = read(csv.toString());
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.rows()).hasSize(5_000);
    }

    @Test
    void every_field_rule_is_reported_with_row_and_column() {
        String csv = HEADER + "\n"
                + GOOD_ROW + "\n"
                + ",SCHOOL,,PUBLIC,,,,,,,,,,\n"                                   // row 3: no name, no phase
                + "Harbour Surgery,GP_PRACTICE,PRIMARY,PUBLIC,,,,,,,,,,\n"        // row 4: phase for a non-school
                + "Somewhere,SPACESHIP,,PUBLIC,,,,,,,,,,maybe\n"                  // row 5: unknown type, bad active
                + "Nowhere,CHARITY,,,URN,12,,,,,,,,\n"                             // row 6: no sector, URN too short
                + "Elsewhere,CHARITY,,PRIVATE,,ABC,,,,NOT A CODE,,not-an-email,,\n" // row 7: code with no scheme, postcode, email
                + "Anywhere,CHARITY,,PRIVATE,ODS,,,,,,,,,\n"                       // row 8: scheme with no code
                + "x".repeat(201) + ",CHARITY,,PRIVATE,,,,,,,,,,\n";              // row 9: name too long

        var outcome = read(csv);

        assertThat(outcome.problems()).extracting(OrganisationCsvImport.RowProblem::describe).containsExactly(
                "Row 3, column name: Enter the organisation’s name",
                "Row 3, column school_phase: Select the school’s phase",
                "Row 4, column school_phase: Leave the school phase empty: only schools have a phase",
                "Row 5, column type: Select a type of organisation from the list",
                "Row 5, column active: Say whether the organisation is active: yes or no",
                "Row 6, column sector: Select the sector",
                "Row 6, column official_code: Enter a valid Ofsted URN: an Ofsted URN is 6 or 7 digits, like 123456",
                "Row 7, column code_scheme: Select which scheme the official code belongs to",
                "Row 7, column postcode: Enter a full UK postcode, like EM1 1AA",
                "Row 7, column lead_email: Enter the lead’s email address in the correct format, like name@example.org",
                "Row 8, column official_code: Enter the NHS ODS code, or choose no official code",
                "Row 9, column name: Name must be 200 characters or less");
    }

    @Test
    void text_longer_than_the_table_allows_is_reported() {
        String row = "Long Town Trust,CHARITY,,PRIVATE,,,,," + "t".repeat(101) + ",,,,"
                + "1".repeat(41) + ",\n";
        assertThat(read(HEADER + "\n" + row).problems()).extracting(OrganisationCsvImport.RowProblem::describe).containsExactly(
                "Row 2, column town: Town or city must be 100 characters or less",
                "Row 2, column lead_phone: Lead’s telephone number must be 40 characters or less");
    }

    @Test
    void names_and_codes_must_be_unique_within_the_file() {
        String csv = HEADER + "\n" + GOOD_ROW + "\n"
                + "GULL ROCK PRIMARY SCHOOL,SCHOOL,PRIMARY,PUBLIC,,,,,,,,,,\n"
                + "Another School,SCHOOL,PRIMARY,PUBLIC,URN,190011,,,,,,,,\n";
        assertThat(read(csv).problems()).extracting(OrganisationCsvImport.RowProblem::describe).containsExactly(
                "Row 3, column name: The name GULL ROCK PRIMARY SCHOOL is also on row 2",
                "Row 4, column official_code: The Ofsted URN 190011 is also on row 2");
    }

    @Test
    void a_row_matches_an_existing_organisation_by_code_else_by_name() {
        register.add(7L, "Gull Rock Primary School", CodeScheme.URN, "190011");
        register.add(8L, "Eastmere Sports Trust", null, null);
        String csv = HEADER + "\n"
                + GOOD_ROW.replace("Gull Rock Primary School", "Gull Rock Primary Academy") + "\n"
                + "eastmere sports trust,OTHER,,VOLUNTARY,,,,,,,,,,\n"
                + "New Club,CHARITY,,VOLUNTARY,,,,,,,,,,\n";

        var outcome = read(csv);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rows()).extracting(OrganisationCsvImport.Row::matchedId).containsExactly(7L, 8L, null);
    }

    @Test
    void a_name_or_code_already_used_by_another_organisation_is_reported() {
        register.add(7L, "Gull Rock Primary School", CodeScheme.URN, "190011");
        String csv = HEADER + "\n" + "Gull Rock Primary School,SCHOOL,PRIMARY,PUBLIC,URN,190099,,,,,,,,\n";
        assertThat(read(csv).problems()).extracting(OrganisationCsvImport.RowProblem::describe).containsExactly(
                "Row 2, column name: An organisation called Gull Rock Primary School is already in the register");
    }

    @Test
    void a_broken_quote_is_reported_not_thrown() {
        var outcome = read(HEADER + "\n\"Unclosed,SCHOOL\n");
        assertThat(outcome.ok()).isFalse();
    }

    @Test
    void unicode_apostrophes_and_markup_are_kept_as_typed() {
        String csv = HEADER + "\n"
                + "Ysgol Gymraeg Tŷ Gwŵr,SCHOOL,PRIMARY,PUBLIC,,,,,,,O'Brien Łukasz,,,\n"
                + "\"<script>alert('x')</script> 儿童之家\",CHARITY,,VOLUNTARY,,,,,,,,,,\n";
        var outcome = read(csv);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rows()).extracting(r -> r.details().name())
                .containsExactly("Ysgol Gymraeg Tŷ Gwŵr", "<script>alert('x')</script> 儿童之家");
        assertThat(outcome.rows().getFirst().details().leadName()).isEqualTo("O'Brien Łukasz");
    }

    @Test
    void an_export_imports_back_unchanged_even_with_formula_like_cells() throws Exception {
        var org = new Organisation();
        org.id = 1L;
        OrganisationService.apply(org, new OrganisationDetails("=cmd()|' /C calc'!A0 Tŷ", OrganisationType.CHARITY, null,
                Sector.VOLUNTARY, CodeScheme.OTHER, "CC-12", "@home", null, "Łódź", "em1 1aa", "+Zoë O'Brien", "zoe@example.org",
                "+44 1632 960000", true));
        var out = new StringWriter();
        OrganisationExport.writeCsv(List.of(OrganisationView.of(org)), out);
        assertThat(out.toString()).contains("'=cmd()").contains("'+44 1632 960000").contains("'@home");

        var outcome = read(out.toString());

        assertThat(outcome.problems()).isEmpty();
        var again = new Organisation();
        OrganisationService.apply(again, outcome.rows().getFirst().details());
        assertThat(again.enteredFields()).isEqualTo(org.enteredFields());
    }

    @Test
    void a_telephone_number_must_look_like_one() {
        var outcome = read(HEADER + "\n" + GOOD_ROW.replace("01632 960000", "call reception") + "\n"
                + GOOD_ROW.replace("Gull Rock Primary School", "Ysgol Gymraeg").replace("190011", "190099")
                        .replace("01632 960000", "+44 (0)1632 960-000") + "\n");
        assertThat(outcome.problems()).extracting(OrganisationCsvImport.RowProblem::describe).containsExactly(
                "Row 2, column lead_phone: Enter a telephone number, like 01632 960 001 or +44 1632 960 001");
    }

    private OrganisationCsvImport.Outcome read(String csv) {
        return reader.read(csv.getBytes(StandardCharsets.UTF_8), register);
    }

    static final class FakeRegister implements OrganisationCheck.Register {
        final Map<String, Long> names = new HashMap<>();
        final Map<String, Long> codes = new HashMap<>();

        void add(long id, String name, CodeScheme scheme, String code) {
            names.put(name.toLowerCase(Locale.ROOT), id);
            if (scheme != null) codes.put(scheme + " " + code.toUpperCase(Locale.ROOT), id);
        }

        @Override
        public Optional<Long> idByName(String name) {
            return Optional.ofNullable(names.get(name.toLowerCase(Locale.ROOT)));
        }

        @Override
        public Optional<Long> idByCode(CodeScheme scheme, String code) {
            return Optional.ofNullable(codes.get(scheme + " " + code.toUpperCase(Locale.ROOT)));
        }
    }
}
