package org.wsis.servicekit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wsis.testkit.PlatformInfrastructure;

class ErasedAccountsTest {

    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeAll
    static void database() {
        client = MongoClients.create(PlatformInfrastructure.shared().mongoUri());
        mongo = new MongoTemplate(client, "servicekit-erased-" + UUID.randomUUID());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void aPseudonymIsStableInOneServiceDifferentInAnotherAndDoesNotContainTheAccount() {
        ErasedAccounts prize = new ErasedAccounts(mongo, "prize-service", Clock.systemUTC());
        ErasedAccounts moderation = new ErasedAccounts(mongo, "moderation-service", Clock.systemUTC());
        String account = "3b8f1c52-6c0e-4d77-8e8e-1f2a3b4c5d6e";

        assertThat(prize.pseudonymOf(account)).isEqualTo(prize.pseudonymOf(account));
        assertThat(prize.pseudonymOf(account)).isNotEqualTo(moderation.pseudonymOf(account));
        assertThat(prize.pseudonymOf(account))
                .startsWith(ErasedAccounts.PREFIX)
                .doesNotContain(account)
                .doesNotContain("3b8f1c52");
        assertThat(ErasedAccounts.isPseudonym(prize.pseudonymOf(account))).isTrue();
        assertThat(ErasedAccounts.isPseudonym(account)).isFalse();
    }

    @Test
    void anErasedAccountIsRecognisedUnderItsPseudonymOnly() {
        ErasedAccounts erased = new ErasedAccounts(mongo, "notification-service", Clock.systemUTC());

        erased.record("amina");
        erased.record("amina");

        assertThat(erased.isErased("amina")).isTrue();
        assertThat(erased.isErased("omar")).isFalse();
        assertThat(erased.erasedAmong(List.of("amina", "omar", "victor"))).containsExactly("amina");
        assertThat(mongo.getCollection(ErasedAccounts.COLLECTION).countDocuments())
                .isEqualTo(1);
        assertThat(mongo.getCollection(ErasedAccounts.COLLECTION).find().first().toJson())
                .doesNotContain("amina");
    }
}
