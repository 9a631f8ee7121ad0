/**
 * The Apache Spark engine for mo-lab's campaigns ({@link org.mo4j.lab.spark.SparkEngine}, found by
 * {@link org.mo4j.lab.CampaignEngine#named} as {@code spark}). A module of its own that nothing
 * depends on: Spark is a quarter of a gigabyte of jars and pins its own Jackson.
 */
package org.mo4j.lab.spark;
