SELECT id FROM discussion WHERE model_id = :model AND num = :num ORDER BY id
