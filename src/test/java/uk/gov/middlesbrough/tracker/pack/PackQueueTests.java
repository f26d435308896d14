package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackQueueTests {

	@Test
	void packsAtOnceAreOneFewerThanTheCoresAtLeastOneAndAtMostTwo() {
		assertThat(PackQueue.defaultThreads(1)).isEqualTo(1);
		assertThat(PackQueue.defaultThreads(2)).isEqualTo(1);
		assertThat(PackQueue.defaultThreads(3)).isEqualTo(2);
		assertThat(PackQueue.defaultThreads(16)).isEqualTo(2);
	}
}
