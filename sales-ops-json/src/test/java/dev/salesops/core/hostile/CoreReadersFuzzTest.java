package dev.salesops.core.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.json.testing.CodecMapper;
import dev.salesops.core.model.Contact;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.testing.InputContract;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.WorkflowJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Jazzer fuzz tests of core's readers. In the test command they run in regression mode over their corpora
 * ({@code src/test/resources/dev/salesops/core/hostile/CoreReadersFuzzTestInputs/<method>/}); to fuzz one for
 * real, see "Fuzzing" in docs/ARCHITECTURE.md ({@code JAZZER_FUZZ=1}). Every input must either be read or be
 * refused with the documented input exception and a message of at most 1 KiB.
 */
class CoreReadersFuzzTest {
  private static final CodecMapper MAPPER = CodecMapper.INSTANCE;
  private static final List<Class<? extends Throwable>> LOADER = List.of(ValidationException.class);
  private static final List<Class<? extends Throwable>> MAPPER_READ = List.of(JsonInputException.class);

  @FuzzTest(maxDuration = "5m")
  void workflowDefinition(byte[] data) {
    InputContract.check(() -> WorkflowJson.load(new ByteArrayInputStream(data), StandardCriteria.registry()), LOADER, Set.of());
  }

  @FuzzTest(maxDuration = "5m")
  void workflowSnapshot(byte[] data) {
    String json = new String(data, StandardCharsets.UTF_8);
    InputContract.check(() -> WorkflowJson.readSnapshot(json), LOADER, Set.of());
    InputContract.check(() -> MAPPER.readValue(data, Snapshot.class), MAPPER_READ, Set.of());
  }

  @FuzzTest(maxDuration = "5m")
  void records(byte[] data) {
    InputContract.check(() -> MAPPER.readValue(data, Opportunity.class), MAPPER_READ, Set.of());
    InputContract.check(() -> MAPPER.readValue(data, Contact.class), MAPPER_READ, Set.of());
  }
}
