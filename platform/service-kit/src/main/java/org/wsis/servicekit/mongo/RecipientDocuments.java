package org.wsis.servicekit.mongo;

import org.bson.Document;
import org.wsis.contracts.Recipient;

/** A {@link Recipient} as a sub-document: {@code userId}, {@code email}, {@code displayName}, {@code locale}. */
public final class RecipientDocuments {

    private RecipientDocuments() {}

    public static Document toDocument(Recipient recipient) {
        return new Document("userId", recipient.userId())
                .append("email", recipient.email())
                .append("displayName", recipient.displayName())
                .append("locale", recipient.locale());
    }

    public static Recipient fromDocument(Document d) {
        return new Recipient(
                d.getString("userId"), d.getString("email"), d.getString("displayName"), d.getString("locale"));
    }
}
