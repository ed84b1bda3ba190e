package dev.salesops.examples.hostile;

import dev.salesops.core.model.Contact;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.testing.HostileTiming;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.WorkflowJson;
import dev.salesops.metrics.appraisal.AppraisalSchemes;
import dev.salesops.metrics.incentive.CommissionPlans;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The untrusted-input measurement (not a test): every reader over seeded hostile variants and large documents
 * up to 1 MB; prints the slowest input and the longest message per reader. Run by
 * {@code benchmarks/hostile-timing.sh}.
 */
public final class HostileTimingMain {
  private HostileTimingMain() {}

  private static String resource(Class<?> anchor, String name) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** {@code args[0]}: variants per reader (default 2000); {@code args[1]}: seed (default 1). */
  public static void main(String[] args) throws IOException {
    int variants = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    dev.salesops.json.SalesOpsCodecs codecs = dev.salesops.json.SalesOpsCodecs.standard();
    String pipeline = resource(WorkflowJson.class, "/dev/salesops/core/pipeline/sales-pipeline.json");
    String snapshot = "{\"definitionId\":\"sales-pipeline\",\"definitionVersion\":1,\"history\":["
        + "{\"to\":\"LEAD_CAPTURE\",\"at\":\"2026-01-05T09:00:00Z\",\"actor\":\"rep-1\",\"command\":\"start\"}]}";
    String opportunity = "{\"id\":\"OPP-1\",\"accountId\":\"ACME\",\"ownerId\":\"rep-1\","
        + "\"amount\":{\"amount\":\"1234.50\",\"currency\":\"USD\"},\"stage\":\"PROPOSAL\",\"createdAt\":\"2024-05-01T09:30:00Z\"}";
    String contact = "{\"id\":\"c1\",\"accountId\":\"ACME\",\"name\":\"Jane\",\"email\":\"j@example.com\"}";
    String scorecard = resource(ScorecardLoader.class, "meddic.json");
    String scheme = resource(AppraisalSchemes.class, "seed-example-scheme.json");
    String plan = "{\"name\":\"p\",\"currency\":\"USD\",\"method\":\"TIERED_MARGINAL\",\"tiers\":[{\"from\":0,\"rate\":0.05},{\"from\":0.5,\"rate\":0.08}]}";
    List<HostileTiming.Target> targets = List.of(
        new HostileTiming.Target("JsonReader (tree only)", pipeline, dev.salesops.core.json.JsonReader::read),
        new HostileTiming.Target("workflow definition (load)", pipeline, json -> WorkflowJson.load(json, StandardCriteria.registry())),
        new HostileTiming.Target("workflow snapshot", snapshot, WorkflowJson::readSnapshot),
        new HostileTiming.Target("opportunity (codec)", opportunity, json -> codecs.read(json, Opportunity.class)),
        new HostileTiming.Target("contact (codec)", contact, json -> codecs.read(json, Contact.class)),
        new HostileTiming.Target("scorecard", scorecard, json -> ScorecardLoader.standard().parse(json)),
        new HostileTiming.Target("appraisal scheme", scheme, AppraisalSchemes::read),
        new HostileTiming.Target("commission plan", plan, CommissionPlans::read));
    HostileTiming.run(targets, variants, HostileTiming.large(seed), seed);
  }
}
