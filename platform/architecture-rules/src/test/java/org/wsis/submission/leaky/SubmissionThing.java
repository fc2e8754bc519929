package org.wsis.submission.leaky;

/** Fixture: a class of one service that another service must not use. */
public class SubmissionThing {}
