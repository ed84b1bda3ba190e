/**
 * Data protection (docs/DOMAIN.md §6): {@link dev.salesops.core.privacy.Anonymiser} makes an anonymised copy of an
 * account and its contacts that still counts in KPIs, replacing personal data by keyed pseudonyms
 * (HMAC-SHA256 with a host-supplied secret, via {@code javax.crypto}) so that joins keep working.
 */
package dev.salesops.core.privacy;
