package dev.unknot.web.operations;

import dev.unknot.app.operations.Backups;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server's backup of the embedded database into {@code $UNKNOT_HOME/backups}, once a day,
 * keeping the last {@code UNKNOT_BACKUPS} (7 unless set; 0 turns them off). It looks every hour
 * whether the newest is a day old, so that a server restarted often still backs up daily.
 */
@Singleton
final class DailyBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DailyBackup.class);

    /** A little under a day, so that an hourly look never lets a day slip by. */
    static final Duration INTERVAL = Duration.ofHours(23);

    private final Backups backups;
    private final int keep;
    private final Clock clock;

    DailyBackup(Backups backups, @Value("${unknot.backups:7}") int keep) {
        this.backups = backups;
        this.keep = keep;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "1h")
    void backUpWhenDue() {
        if (keep <= 0 || !backups.embedded()) {
            return;
        }
        try {
            Optional<FileTime> newest = newest();
            if (newest.isPresent() && newest.get().toInstant().plus(INTERVAL).isAfter(clock.instant())) {
                return;
            }
            Path backup = backups.daily(keep);
            LOG.info("Backed up the database to {}", backup);
        } catch (RuntimeException | IOException e) {
            LOG.warn("The daily backup failed: {}", e.getMessage());
        }
    }

    private Optional<FileTime> newest() throws IOException {
        Path directory = backups.directory();
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches("unknot-\\d{8}-\\d{6}\\.zip"))
                    .map(file -> {
                        try {
                            return Files.getLastModifiedTime(file);
                        } catch (IOException e) {
                            return FileTime.fromMillis(0);
                        }
                    })
                    .max(FileTime::compareTo);
        }
    }
}
