package app.lantern.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

    @Query("SELECT * FROM organisation WHERE lower(name) = lower(:name)")
    Optional<Organisation> findByNameIgnoringCase(String name);

    @Query("SELECT * FROM organisation WHERE code_scheme = :scheme AND upper(official_code) = upper(:code)")
    Optional<Organisation> findByCode(String scheme, String code);

    @Query("SELECT * FROM organisation WHERE active ORDER BY lower(name)")
    List<Organisation> findActiveByName();
}
