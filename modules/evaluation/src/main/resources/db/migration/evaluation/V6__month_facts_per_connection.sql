-- A build writes several months at once (evaluation.panel.workers), each on a connection of its
-- own. A month's services facts now go to a temporary table of that connection (eva_month_facts,
-- made by PanelBuilder), so that the months never meet on one table's locks; the shared table goes.
DROP TABLE eva_stage_month_facts;
