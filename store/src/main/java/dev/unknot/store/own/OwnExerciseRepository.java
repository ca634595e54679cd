package dev.unknot.store.own;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OwnExerciseRepository extends GenericRepository<OwnExerciseRow, Long> {

    OwnExerciseRow save(OwnExerciseRow row);

    OwnExerciseRow update(OwnExerciseRow row);

    /** The person's own techniques and routines, by kind and slug. */
    @Query("SELECT * FROM own_exercise WHERE person_id = :personId ORDER BY kind, slug")
    List<OwnExerciseRow> findOwnedBy(long personId);

    Optional<OwnExerciseRow> findByPersonIdAndKindAndSlug(long personId, String kind, String slug);

    boolean existsByPersonIdAndKindAndSlug(long personId, String kind, String slug);

    void deleteById(Long id);
}
