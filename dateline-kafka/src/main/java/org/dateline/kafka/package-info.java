/**
 * Ingest through Apache Kafka, for running Dateline beyond one machine without changing the core: a
 * {@link org.dateline.kafka.KafkaPublisher} reads files with the core's readers and publishes raw documents to a
 * topic; a {@link org.dateline.kafka.KafkaIngest} consumes the topic into an engine, committing offsets only after
 * the store, so delivery is at-least-once and the store's duplicate detection keeps a re-delivered document from
 * being stored twice. {@link org.dateline.kafka.RawDocumentRecords} is the record format between them.
 *
 * <p>Kafka types stay in this module: both classes take and return plain Java values and core types.
 */
package org.dateline.kafka;
