package dev.salesops.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.scoring.bant.QualificationPolicy;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The auto-configuration in plain application contexts, with Boot 4's Jackson auto-configuration beside it. */
class SalesOpsAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SalesOpsAutoConfiguration.class, JacksonAutoConfiguration.class));

  @Test
  void thePipelineBeanCarriesThePolicyOfTheProperties() {
    runner.withPropertyValues("sales-ops.qualification.mandatory=BUDGET,NEED", "sales-ops.qualification.min-met=3",
        "sales-ops.qualification.partial-counts=true", "sales-ops.qualification.min-budget-percent=80",
        "sales-ops.qualification.max-timeline-months=6", "sales-ops.qualification.require-evidence=true",
        "sales-ops.qualification.negative-disqualifies=false").run(context -> {
          QualificationPolicy policy = context.getBean(QualificationPolicy.class);
          assertThat(policy.mandatory()).containsExactlyInAnyOrder(BantCriterion.BUDGET, BantCriterion.NEED);
          assertThat(policy.minMet()).isEqualTo(3);
          assertThat(policy.partialCounts()).isTrue();
          assertThat(policy.minBudgetPercent()).contains(new BigDecimal("80"));
          assertThat(policy.maxTimelineMonths()).contains(6);
          assertThat(policy.requireEvidence()).isTrue();
          assertThat(policy.negativeDisqualifies()).isFalse();
          Workflow pipeline = context.getBean("salesOpsPipeline", Workflow.class);
          assertThat(pipeline.definition().id()).isEqualTo("sales-pipeline");
        });
  }

  @Test
  void withoutPropertiesThePolicyIsAllConfirmed() {
    runner.run(context -> assertThat(context.getBean(QualificationPolicy.class))
        .isEqualTo(QualificationPolicy.allConfirmed()));
  }

  @Test
  void anInvalidThresholdStopsTheApplicationWithTheBuildersMessage() {
    runner.withPropertyValues("sales-ops.qualification.min-met=7").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("minMet");
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnPolicy {
    @Bean
    QualificationPolicy myPolicy() {
      return QualificationPolicy.builder().mandatory(EnumSet.of(BantCriterion.BUDGET)).build();
    }
  }

  @Test
  void theHostsOwnPolicyBeanWins() {
    runner.withUserConfiguration(OwnPolicy.class).run(context -> {
      assertThat(context).hasSingleBean(QualificationPolicy.class);
      assertThat(context.getBean(QualificationPolicy.class).mandatory()).containsExactly(BantCriterion.BUDGET);
      assertThat(context).hasBean("salesOpsPipeline");
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class HostJackson2Mapper {
    @Bean
    ObjectMapper objectMapper() {
      return new ObjectMapper();
    }
  }

  @Test
  void jackson2TheModuleBeanAndTheBoundsOnTheApplicationsMapper() {
    runner.withUserConfiguration(HostJackson2Mapper.class).run(context -> {
      assertThat(context).hasBean("salesOpsJackson2Module");
      assertThat(context.getBean("salesOpsJackson2Module")).isInstanceOf(Module.class);
      assertThat(context.getBean("salesOpsJackson3Module")).isInstanceOf(tools.jackson.databind.JacksonModule.class);
      ObjectMapper mapper = context.getBean(ObjectMapper.class);
      assertThat(mapper.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(InputBounds.MAX_NESTING_DEPTH);
      assertThat(mapper.getFactory().streamReadConstraints().getMaxStringLength()).isEqualTo(InputBounds.MAX_STRING_LENGTH);
      assertThatThrownBy(() -> mapper.readTree("{\"a\":1,\"a\":2}"))
          .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
      assertThatThrownBy(() -> mapper.readTree("[".repeat(65) + "]".repeat(65)))
          .isInstanceOf(com.fasterxml.jackson.core.exc.StreamConstraintsException.class);
    });
  }

  @Test
  void jackson2BoundsCanBeTurnedOff() {
    runner.withUserConfiguration(HostJackson2Mapper.class).withPropertyValues("sales-ops.json.input-bounds=false")
        .run(context -> assertThat(context.getBean(ObjectMapper.class).readTree("{\"a\":1,\"a\":2}").get("a").asInt())
            .isEqualTo(2));
  }

  @Configuration(proxyBeanMethods = false)
  static class HostCustomizer {
    @Bean
    JsonMapperBuilderCustomizer hostCustomizer() {
      return builder -> builder.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
  }

  @Test
  void jackson3TheApplicationsOwnMapperGetsTheBoundsAndKeepsTheHostsCustomizers() {
    runner.withUserConfiguration(HostCustomizer.class).run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      assertThat(mapper.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
          .isEqualTo(InputBounds.MAX_NESTING_DEPTH);
      assertThat(mapper.tokenStreamFactory().streamReadConstraints().getMaxDocumentLength())
          .isEqualTo(InputBounds.MAX_DOCUMENT_LENGTH);
      assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
      assertThatThrownBy(() -> mapper.readTree("{\"a\":1,\"a\":2}")).isInstanceOf(StreamReadException.class);
      assertThatThrownBy(() -> mapper.readTree("\"" + "x".repeat(InputBounds.MAX_STRING_LENGTH + 1) + "\""))
          .isInstanceOf(StreamConstraintsException.class);
    });
  }

  @Test
  void jackson3WithoutBoundsBootsOwnBuilderIsUsed() {
    runner.withPropertyValues("sales-ops.json.input-bounds=false").run(context -> {
      assertThat(context).doesNotHaveBean("salesOpsJsonMapperBuilder");
      assertThat(context.getBean(JsonMapper.class).readTree("{\"a\":1,\"a\":2}").get("a").asInt()).isEqualTo(2);
    });
  }

  @Test
  void eachJacksonLineIsConfiguredOnlyWhenPresent() {
    runner.withClassLoader(new FilteredClassLoader("tools.jackson")).withUserConfiguration(HostJackson2Mapper.class)
        .run(context -> {
          assertThat(context).doesNotHaveBean("salesOpsJsonMapperBuilder").doesNotHaveBean("salesOpsJackson3Module")
              .hasBean("salesOpsJackson2Module")
              .hasBean("salesOpsPipeline");
        });
    runner.withClassLoader(new FilteredClassLoader("com.fasterxml.jackson.databind")).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean("salesOpsJackson2Module").hasBean("salesOpsJsonMapperBuilder")
          .hasBean("salesOpsJackson3Module");
    });
  }
}
