/**
 * The core records of sales operations: typed identifiers, reference data, accounts, contacts, leads,
 * opportunities with their BANT facts, users and teams.
 *
 * <p>Every type validates at construction and refuses invalid data with a {@link
 * dev.salesops.core.validation.ValidationException} whose message names the field, the value and the rule;
 * a {@code null} argument is a {@link NullPointerException} naming the parameter. Personal data (contact
 * names, e-mails, phones, rep names, lead contact points) is redacted from {@code toString} and never
 * appears in exception messages.
 *
 * <p>JSON (sales-ops-json's codecs): the camelCase names listed in each type's
 * javadoc; absent optional fields are omitted on output and may be omitted or {@code null} on input; fields
 * with defaults (BANT statuses, {@code bant}, {@code attributes}, {@code decisionMaker}) may be omitted on
 * input.
 */
@ValueStyle
package dev.salesops.core.model;

import dev.salesops.core.internal.ValueStyle;
