package dev.salesops.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Training history is closed deals: the one {@link Outcome} type's OPEN is refused where a closed deal is meant. */
class ClosedDealTest {

  @Test
  void anOpenOutcomeIsNotHistory() {
    Deal deal = Deal.of("PROPOSAL", Map.of());
    assertThat(deal.closed(Outcome.WON).outcome()).isEqualTo(Outcome.WON);
    assertThat(ClosedDeal.lost(deal).outcome()).isEqualTo(Outcome.LOST);
    assertThatThrownBy(() -> deal.closed(Outcome.OPEN)).isInstanceOf(ValidationException.class)
        .hasMessage("outcome must be WON or LOST for a closed deal: OPEN");
  }
}
