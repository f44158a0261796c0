/** cnms-examples: the main job over a bundled sample organisation, and usage examples. */
module org.cnms.examples {
  requires static org.immutables.value.annotations;
  requires org.cnms.core;
  requires org.cnms.quantification;
  requires org.cnms.assets;

}
