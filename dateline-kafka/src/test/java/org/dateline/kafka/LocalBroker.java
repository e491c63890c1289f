package org.dateline.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker in the test JVM, on localhost, with the replication settings one node allows; shared
 * with the app's command test through this module's test jar.
 */
public final class LocalBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final Admin admin;

    private LocalBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
        this.admin = cluster.admin();
    }

    public static LocalBroker start() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return new LocalBroker(cluster);
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /**
     * Creates a topic and waits (at most 20 s) until every partition has a leader: the publisher copes with a leader
     * not ready yet, at the price of a retry, and waiting keeps the tests' timing steady.
     */
    public void createTopic(String topic, int partitions) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(20, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!led(topic)) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("partitions of " + topic + " not led within 20 s");
            Thread.sleep(50);
        }
    }

    /**
     * Whether every partition of the topic has a leader. The controller acknowledges a new topic before the broker's
     * metadata has it, so the broker may answer for a moment that it does not host the topic: not led yet.
     */
    private boolean led(String topic) throws Exception {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(20, TimeUnit.SECONDS).get(topic).partitions()
                    .stream().noneMatch(p -> p.leader() == null || p.leader().isEmpty());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) return false;
            throw e;
        }
    }

    /** The broker's admin client (owned by this broker: closed with it). */
    public Admin admin() {
        return admin;
    }

    @Override
    public void close() throws Exception {
        admin.close();
        cluster.close();
    }
}
