package app.lantern.partnership;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

    @Query("SELECT * FROM organisation WHERE active ORDER BY lower(name)")
    List<Organisation> findActiveByName();
}
