package app.lantern.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, Long> {

    @Query("SELECT * FROM app_user WHERE lower(email) = lower(:email)")
    Optional<User> findByEmailIgnoringCase(String email);


    @Query("SELECT * FROM app_user ORDER BY lower(full_name)")
    List<User> findAllByName();
}
