package app.lantern.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import app.lantern.shared.Role;

/**
 * Records a test makes for itself, so that it depends on no demo record and no other test:
 * {@code fixtures.anOrganisation().named("Ashby Primary").insert()}. Every record gets a name of
 * its own by default, because all integration tests share one database. Rows are written
 * straight to the tables (the register notices through its stamp trigger), so a fixture works
 * whatever the modules' services look like; the people it makes cannot sign in with a password:
 * tests act as them through the security context.
 */
public final class Fixtures {

    private final JdbcClient jdbc;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OrganisationFixture anOrganisation() {
        return new OrganisationFixture();
    }

    public PersonFixture aPerson() {
        return new PersonFixture();
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An active organisation on the register; a charity in the voluntary sector unless told. */
    public final class OrganisationFixture {
        private String name = unique("Fixture organisation");
        private String type = "CHARITY";
        private String sector = "VOLUNTARY";

        private OrganisationFixture() {
        }

        public OrganisationFixture named(String name) {
            this.name = name;
            return this;
        }

        /** The names of partnership's OrganisationType and Sector constants, e.g. ("SCHOOL", "PUBLIC"). */
        public OrganisationFixture ofType(String type, String sector) {
            this.type = type;
            this.sector = sector;
            return this;
        }

        /** The new organisation's id. */
        public long insert() {
            var key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO organisation (name, type, sector) VALUES (:name, :type, :sector)")
                    .param("name", name).param("type", type).param("sector", sector)
                    .update(key, "id");
            return key.getKeyAs(Long.class);
        }
    }

    /** An active person, holding the committee member role and working for no organisation unless told. */
    public final class PersonFixture {
        private String fullName = unique("Fixture Person");
        private String email = fullName.toLowerCase().replace(' ', '.') + "@fixture.example";
        private Long organisationId;
        private Set<Role> roles = EnumSet.of(Role.COMMITTEE_MEMBER);

        private PersonFixture() {
        }

        public PersonFixture named(String fullName, String email) {
            this.fullName = fullName;
            this.email = email;
            return this;
        }

        public PersonFixture worksFor(long organisationId) {
            this.organisationId = organisationId;
            return this;
        }

        public PersonFixture holding(Role first, Role... more) {
            this.roles = EnumSet.of(first, more);
            return this;
        }

        /** The new person's email, which is what signing in (and {@code loadUserByUsername}) asks for. */
        public String insert() {
            var key = new GeneratedKeyHolder();
            // Not a password hash, so no password ever matches it.
            jdbc.sql("""
                    INSERT INTO app_user (email, full_name, organisation_id, password_hash)
                    VALUES (:email, :fullName, :organisationId, 'fixture: signs in only through the test')""")
                    .param("email", email).param("fullName", fullName).param("organisationId", organisationId)
                    .update(key, "id");
            long id = key.getKeyAs(Long.class);
            for (Role role : roles) {
                jdbc.sql("INSERT INTO app_user_role (app_user, role) VALUES (?, ?)").params(id, role.name()).update();
            }
            return email;
        }
    }
}
