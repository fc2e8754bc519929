/** The global repository: documents stakeholders upload (reports, case studies, success stories, presentations, pictures), typed by Apache Tika from their bytes, kept in GridFS, public once a moderator approves them, found by their words and, for PDFs, their text, and linked to entries, issues and workshops. */
@NullMarked
package org.wsis.community.repository;

import org.jspecify.annotations.NullMarked;
