/**
 * Data protection (docs/DOMAIN.md): {@link dev.salesops.core.privacy.Pseudonymiser} makes a pseudonymised copy of an
 * account and its contacts that still counts in KPIs, replacing personal data by keyed pseudonyms
 * (HMAC-SHA256 with a host-supplied secret, via {@code javax.crypto}) so that joins keep working. Pseudonymised data is still personal data while the key exists.
 */
package dev.salesops.core.privacy;
