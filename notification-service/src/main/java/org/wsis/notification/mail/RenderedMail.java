package org.wsis.notification.mail;

/**
 * A mail put into words for one person: subject, plain text and HTML bodies, its language, and the
 * one-click unsubscribe address for the {@code List-Unsubscribe} header.
 */
public record RenderedMail(String subject, String text, String html, String language, String unsubscribeUrl) {}
