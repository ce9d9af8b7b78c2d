-- <junction> is hf_git_ref_to_branch or hf_git_ref_to_tag.
SELECT i.name, i.ref, i.target_commit FROM hf_git_ref g JOIN <junction> j ON j.hf_git_ref_id = g.id
JOIN hf_git_ref_info i ON i.id = j.hf_git_ref_info_id
WHERE g.model_id = :model
ORDER BY i.id
