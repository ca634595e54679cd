package dev.unknot.store.person;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends GenericRepository<PersonRow, Long> {

    /** In a savepoint of its own, so that a refused duplicate leaves the caller's transaction usable. */
    @Transactional(propagation = TransactionDefinition.Propagation.NESTED)
    PersonRow save(PersonRow row);

    Optional<PersonRow> findById(Long id);

    Optional<PersonRow> findByUsername(String username);

    void update(@Id Long id, String timeZone, int dayStartMinute);
}
