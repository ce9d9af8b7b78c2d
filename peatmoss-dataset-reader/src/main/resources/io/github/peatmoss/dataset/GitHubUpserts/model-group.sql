UPDATE model SET <column> = :group WHERE id = :model AND <column> IS NOT :group
