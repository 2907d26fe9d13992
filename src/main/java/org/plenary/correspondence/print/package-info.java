/**
 * Letters on paper (PDF, DOCX): what is printed, downloaded and attached to the e-mail
 * that circulates a letter.
 */
@NamedInterface("print")
@NullMarked
package org.plenary.correspondence.print;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
