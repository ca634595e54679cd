package dev.unknot.api.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.app.testing.LoopFiles;
import java.net.http.HttpRequest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HistoryImportApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    Answer upload(String route, Caller caller, byte[] file, String name) {
        return send(request("/api/v1/import/" + route + "?name=" + name, caller)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    @Test
    void aLoopBackupIsPreviewedThenImportedOnce() {
        Caller caller = newCaller();
        byte[] backup = LoopFiles.backup(LoopFiles.small(today(caller)));

        Answer preview = upload("preview", caller, backup, "Loop.db");
        int habitsBefore =
                get("/api/v1/habits?all=true", caller).json().get("habits").size();
        Answer first = upload("apply", caller, backup, "Loop.db");
        Answer again = upload("apply", caller, backup, "Loop.db");

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("kind").getStringValue()).isEqualTo("loop-backup");
        assertThat(preview.json().get("habitsToCreate").getIntValue()).isEqualTo(6);
        assertThat(preview.json().get("checkIns").getIntValue()).isEqualTo(18);
        assertThat(preview.json().get("first").getStringValue())
                .isEqualTo(today(caller).minusDays(28).toString());
        assertThat(preview.json().get("habits").get(1).get("schedule").getStringValue())
                .isEqualTo("3 times a week");
        assertThat(preview.json().get("habits").get(4).get("mapping").getStringValue())
                .isEqualTo("Loop's 2 times in 30 days is kept as 1 time a week, the nearest Unknot schedule");
        assertThat(habitsBefore).isZero();
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"habits\":6,\"checkIns\":18,\"alreadyPresent\":0}");
        assertThat(again.body()).isEqualTo("{\"habits\":0,\"checkIns\":0,\"alreadyPresent\":18}");
        assertThat(get("/api/v1/habits?all=true", caller).json().get("habits").size())
                .isEqualTo(6);
    }

    @Test
    void aLoopCsvExportAndAnyTrackersCsvImport() {
        Caller caller = newCaller();

        Answer zip = upload("apply", caller, LoopFiles.csvZip(LoopFiles.small(today(caller))), "Loop.zip");
        Answer csv = upload(
                "apply",
                caller,
                ("date,habit\n" + today(caller).minusDays(1) + ",Stretch\n" + today(caller) + ",Journal\n").getBytes(),
                "other.csv");

        assertThat(zip.body()).isEqualTo("{\"habits\":6,\"checkIns\":18,\"alreadyPresent\":0}");
        // Stretch exists now: one habit created, two check-ins (a CSV's own client ids, not Loop's).
        assertThat(csv.body()).isEqualTo("{\"habits\":1,\"checkIns\":2,\"alreadyPresent\":0}");
    }

    @Test
    void aDamagedFileIsOne400NamingItsProblemAndWritesNothing() {
        Caller caller = newCaller();
        byte[] backup = LoopFiles.backup(LoopFiles.small(today(caller)));

        Answer truncated = upload("apply", caller, Arrays.copyOf(backup, 3000), "Loop.db");
        Answer wrongKind = upload("preview", caller, "hello".getBytes(), "Loop.db");

        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.json().get("message").getStringValue())
                .startsWith("not a readable Loop Habit Tracker backup");
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.json().get("message").getStringValue())
                .isEqualTo("Loop.db is not an SQLite database, so not a Loop Habit Tracker backup");
        assertThat(get("/api/v1/habits?all=true", caller).json().get("habits").size())
                .isZero();
    }
}
