INSERT INTO <junction> (hf_git_ref_id, hf_git_ref_info_id) VALUES (:group, :info)
