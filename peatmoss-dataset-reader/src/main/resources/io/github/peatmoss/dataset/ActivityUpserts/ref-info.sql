-- <junction> is hf_git_ref_to_branch or hf_git_ref_to_tag.
SELECT i.id FROM hf_git_ref_info i JOIN <junction> j ON j.hf_git_ref_info_id = i.id
WHERE j.hf_git_ref_id = :group AND i.name = :name ORDER BY i.id
