-- Who holds a delivery's lease (stage:instance:uuid, as for article checks and feed polls), so the deliveries an
-- instance held when it died are taken back when it leaves the cluster, not when the lease runs out.
ALTER TABLE webhook_deliveries ADD COLUMN lease_owner text;
