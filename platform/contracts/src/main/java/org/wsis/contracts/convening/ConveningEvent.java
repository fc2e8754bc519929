package org.wsis.contracts.convening;

import org.wsis.contracts.DomainEvent;

/**
 * The stream of the OpenWSIS convening, on {@code wsis.convening.v1}: what happens to a convenor's profile
 * or one of the issues it addresses ({@link ConveningItemEvent}, keyed by the item's id), and the contacts
 * between convenors (keyed by the contact's id), the reminders of the calendar's events to the people
 * who follow them (keyed by the follow), and the invitations to workshops and their places in a venue's
 * programme (keyed by the workshop).
 */
public sealed interface ConveningEvent extends DomainEvent
        permits ConveningItemEvent,
                ContactRequested,
                ContactAccepted,
                EventReminderDue,
                SimilarIssuesFound,
                ManagerInvited,
                WorkshopInvited,
                WorkshopInvitationAnswered,
                WorkshopScheduled {}
