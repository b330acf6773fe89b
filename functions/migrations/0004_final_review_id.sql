-- One id for the final review in every campaign (docs/rules.md §13): 3826 and 3096 called it `final`, 1170
-- `tong_ket`. The rules now know only `final` and read `tong_ket` as one of its names; rows stored under the old
-- id move to it, so one unit's versions stay one series and GET /leaderboard finds them under either name.
UPDATE submissions SET period = 'final' WHERE period = 'tong_ket';
