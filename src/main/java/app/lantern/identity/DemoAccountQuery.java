package app.lantern.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.shared.Role;

/** Reads the demo accounts the sign-in page lists, with their roles. */
@Repository
class DemoAccountQuery {

    private final JdbcClient jdbc;

    DemoAccountQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page shows each role with what it lets the person do, so a visitor knows which account to try. */
    record DemoAccount(String email, String name, List<Role> roles) {
    }

    /** The active accounts listed on the sign-in page, in one query: that page is the most visited of all. */
    List<DemoAccount> listedOnSignIn() {
        return jdbc.sql("""
                SELECT u.email, u.full_name, array_agg(r.role ORDER BY r.role) AS roles
                FROM app_user u LEFT JOIN app_user_role r ON r.app_user = u.id
                WHERE u.listed_on_sign_in AND u.active
                GROUP BY u.id ORDER BY u.id""")
                .query((rs, i) -> new DemoAccount(rs.getString(1), rs.getString(2),
                        Arrays.stream((String[]) rs.getArray(3).getArray()).filter(Objects::nonNull).map(Role::valueOf).toList()))
                .list();
    }
}
