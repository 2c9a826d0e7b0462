/**
 * <b>services</b>: what municipal staff do for a customer: employment plans, the service catalogue
 * and service periods, interviews and their schedules under the rule regime in force, the
 * job-application obligation, case notes and worklists.
 *
 * <p><b>Depends on</b>: clients (customers and who is responsible for them), organisations,
 * platform. Built by the services issue; until then the module holds no code.
 */
package fi.kuntakokeilu.services;
