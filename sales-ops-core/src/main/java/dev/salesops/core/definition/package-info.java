/**
 * What definitions written as data share: {@link dev.salesops.core.definition.DefinitionParams}, the parameters a
 * plug-in type (a workflow criterion type, a scorecard rule type) reads from its definition, with the record of
 * which ones it never read.
 */
package dev.salesops.core.definition;
